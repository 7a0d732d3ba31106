#include "CertGen.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace drover::sim {

namespace {

template <auto Fn>
struct Deleter
{
    template <typename T>
    void operator()(T *p) const { Fn(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;

QString sslError(const char *what)
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buf));
}

QByteArray drain(BIO *bio)
{
    QByteArray out(qsizetype(BIO_ctrl_pending(bio)), Qt::Uninitialized);
    const int n = BIO_read(bio, out.data(), int(out.size()));
    out.resize(qMax(n, 0));
    return out;
}

bool addExt(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

Cert makeCert(EVP_PKEY *key, const char *cn, X509 *issuer)
{
    Cert cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 30L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("drover-sim"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

} // namespace

Result<Pki> generatePki(const QStringList &hostNames, const QStringList &ipAddresses)
{
    PKey caKey(EVP_EC_gen("P-256"));
    PKey srvKey(EVP_EC_gen("P-256"));
    if (!caKey || !srvKey)
        return Result<Pki>::failure(sslError("generating EC keys"));

    Cert ca = makeCert(caKey.get(), "drover-sim CA", nullptr);
    if (!addExt(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExt(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExt(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), caKey.get(), EVP_sha256()) == 0)
        return Result<Pki>::failure(sslError("signing the CA certificate"));

    Cert srv = makeCert(srvKey.get(), "drover-sim", ca.get());
    QStringList sans;
    for (const auto &h : hostNames)
        sans << QStringLiteral("DNS:") + h;
    for (const auto &ip : ipAddresses)
        sans << QStringLiteral("IP:") + ip;
    if (!addExt(srv.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExt(srv.get(), ca.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment") ||
        !addExt(srv.get(), ca.get(), NID_ext_key_usage, "serverAuth") ||
        !addExt(srv.get(), ca.get(), NID_authority_key_identifier, "keyid:always") ||
        !addExt(srv.get(), ca.get(), NID_subject_alt_name, sans.join(QLatin1Char(',')).toLatin1()) ||
        X509_sign(srv.get(), caKey.get(), EVP_sha256()) == 0)
        return Result<Pki>::failure(sslError("signing the server certificate"));

    Pki pki;
    Bio b1(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b1.get(), ca.get());
    pki.caCertPem = drain(b1.get());
    Bio b2(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(b2.get(), srv.get());
    pki.serverCertPem = drain(b2.get());
    Bio b3(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(b3.get(), srvKey.get(), nullptr, nullptr, 0, nullptr, nullptr);
    pki.serverKeyPem = drain(b3.get());
    if (pki.caCertPem.isEmpty() || pki.serverCertPem.isEmpty() || pki.serverKeyPem.isEmpty())
        return Result<Pki>::failure(sslError("writing PEM"));
    return pki;
}

QSslConfiguration serverTlsConfiguration(const Pki &pki)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(pki.serverCertPem, QSsl::Pem));
    conf.setPrivateKey(QSslKey(pki.serverKeyPem, QSsl::Ec, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}

} // namespace drover::sim
