import { type Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, driven by playwright-core; no browser is ever
 * downloaded. Without the background-networking flags Chromium keeps dialling
 * out to a network this machine does not have.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
