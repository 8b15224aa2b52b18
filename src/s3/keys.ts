/** The application name as it appears in S3 keys: anything but letters, digits, _ . - is a -. */
export function safeApplicationName(application: string): string {
  return application.replace(/[^\w.-]/g, '-')
}

/** The keys this action uploads bundles to, as a resource pattern. */
export function revisionKeys(keyPrefix: string, application: string): string {
  return `${keyPrefix}${safeApplicationName(application)}/*`
}

/** Content-addressed: the same bundle always lands at the same key, so re-runs upload nothing. */
export function bundleKey(
  prefix: string,
  application: string,
  sha256: string,
  ext: string
): string {
  return `${prefix}${safeApplicationName(application)}/${sha256}.${ext}`
}
