import { createLinkJwt } from './link-jwt'
import type { LinkForm } from './router'
import { createLinkSigner, type LinkCheck } from './signed-link'

/**
 * The tokens of both link forms, under one secret: the current functions' JWT and the seed
 * form's `payload.signature`. A token is checked only as the form its path names.
 */
export function createLinkTokens(secret: string, downloadBaseUrl: string) {
  const current = createLinkJwt(secret, downloadBaseUrl)
  const legacy = createLinkSigner(secret)
  return {
    current,
    legacy,
    verify: (form: LinkForm, token: string, now: number): LinkCheck =>
      (form === 'function' ? current : legacy).verify(token, now),
  }
}

export type LinkTokens = ReturnType<typeof createLinkTokens>
