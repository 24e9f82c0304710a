import { BlockList } from 'node:net'

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/**
 * Whether a bound address is loopback: 127.0.0.0/8, ::1, or either mapped into IPv6. Asked of
 * the address the socket bound, never of the `--host` spelling: a name that starts with `127.`
 * may resolve anywhere.
 */
export function isLoopbackAddress(address: string): boolean {
  return LOOPBACK.check(address, address.includes(':') ? 'ipv6' : 'ipv4')
}
