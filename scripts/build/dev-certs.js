/**
 * HTTPS for the dev server from office-addin-dev-certs' files. Its install step cannot trust the CA without sudo,
 * and then getHttpsServerOptions() throws, so we create the files when missing or expiring and read them directly.
 */
const fs = require("fs");
const { X509Certificate } = require("crypto");
const defaults = require("office-addin-dev-certs/lib/defaults");
const { generateCertificates } = require("office-addin-dev-certs");

const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

const CERT_PATHS = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};

function certificatesAreUsable(now = Date.now()) {
  if (!Object.values(CERT_PATHS).every((file) => fs.existsSync(file))) return false;
  const certificate = new X509Certificate(fs.readFileSync(CERT_PATHS.cert));
  return Date.parse(certificate.validTo) - now > RENEW_BEFORE_MS;
}

/** Creates the certificates when missing or about to expire; returns their paths. */
async function ensureDevCertificates() {
  if (!certificatesAreUsable()) await generateCertificates();
  return CERT_PATHS;
}

async function devServerHttpsOptions() {
  const paths = await ensureDevCertificates();
  return {
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
  };
}

module.exports = { CERT_PATHS, ensureDevCertificates, devServerHttpsOptions };
