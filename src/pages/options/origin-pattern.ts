// Turns what a reader types ("example.com", "https://www.example.com/news/…") into the host permission
// pattern for that site, over http and https; anything that is not a host name gives null.
const HOST = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/;

export function originPattern(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text) return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
  } catch {
    return null;
  }
  if (!HOST.test(host) || !/[a-z]/.test(host)) return host === 'localhost' ? '*://localhost/*' : null;
  return `*://${host}/*`;
}
