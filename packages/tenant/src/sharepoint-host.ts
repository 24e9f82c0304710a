/** The tenant's SharePoint host, from its `*.onmicrosoft.com` domain: `contoso.sharepoint.com`. */
export function sharePointHost(domain: string): string {
  return `${domain.replace(/\.onmicrosoft\.com$/, '')}.sharepoint.com`
}
