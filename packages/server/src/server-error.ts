/** Why a server could not start; the CLI words each one for its own flags. */
export type ServerErrorCode = 'portInUse' | 'hostUnavailable' | 'portForbidden'

/** A server that could not listen: which origin, on which host and port, and why. */
export class ServerError extends Error {
  override readonly name = 'ServerError'

  constructor(
    readonly code: ServerErrorCode,
    readonly origin: 'graph' | 'download',
    readonly host: string,
    readonly port: number,
    options?: ErrorOptions,
  ) {
    super(SENTENCES[code](host, port), options)
  }
}

const SENTENCES: Record<ServerErrorCode, (host: string, port: number) => string> = {
  portInUse: (host, port) => `Failed to listen on ${host} port ${port}: the port is already in use`,
  hostUnavailable: (host) => `Failed to listen on ${host}: it is not an address of this machine`,
  portForbidden: (host, port) => `Failed to listen on ${host} port ${port}: not allowed`,
}
