import { onceEach } from './once-each'
import { licenceOf, type Service } from './services'
import { TenantError } from './tenant-error'

/**
 * Checks a scenario's list of apps (Microsoft 365 Apps on a platform, Copilot's surfaces): an app
 * whose service the user holds no licence for is refused at its place, then an app listed twice.
 * `named` says the app as the refusal names it ("outlook", "Copilot in teams").
 */
export function checkAppList<App extends string>(
  apps: readonly App[],
  services: Partial<Record<App, Service>>,
  unlicensed: (service: Service) => boolean,
  path: string,
  named: (app: App) => string,
): void {
  apps.forEach((app, position) => {
    const service = services[app]
    if (service && unlicensed(service))
      throw new TenantError(`${path}/${position}`, `is ${named(app)} for a user without ${licenceOf(service)}`)
  })
  onceEach(apps, path, 'an app')
}
