#pragma once
// A throwaway PKI for the simulator: a CA and a server certificate for localhost/127.0.0.1,
// made fresh at every start with OpenSSL (EC P-256, valid for 30 days).
#include "Result.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QStringList>

namespace drover::sim {

struct Pki
{
    QByteArray caCertPem;
    QByteArray serverCertPem;
    QByteArray serverKeyPem;
};

// hostNames become DNS subjectAltNames, ipAddresses IP ones.
Result<Pki> generatePki(const QStringList &hostNames, const QStringList &ipAddresses);

// What a server speaking with this PKI's certificate uses: its certificate and EC key, clients not
// asked for one (the simulator's API server, and tests' own TLS peers).
QSslConfiguration serverTlsConfiguration(const Pki &pki);

} // namespace drover::sim
