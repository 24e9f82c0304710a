/**
 * Plays pytest's part for the recipe's conftest.py where pytest is not installed: runs the
 * session fixture and the example test as pytest would, then reports whether the teardown left
 * the server stopped (npx does not pass SIGTERM on, which is what the fixture works around).
 */
export const PYTEST_DRIVER = `import json, sys, time, types, urllib.error, urllib.request

sys.modules["pytest"] = types.SimpleNamespace(fixture=lambda **_: lambda function: function)
import conftest, test_reports

session = conftest.fake_graph()
origins = next(session)
test_reports.test_detail_report_is_a_csv_with_a_bom(origins)
next(session, None)


def answers(url):
    try:
        urllib.request.urlopen(url, timeout=5)
        return True
    except urllib.error.URLError:
        return False


deadline = time.monotonic() + 5
while answers(origins["graph"] + "/_admin/health") and time.monotonic() < deadline:
    time.sleep(0.05)
print(json.dumps({**origins, "stopped": not answers(origins["graph"] + "/_admin/health")}))
`
