// What an exec credential plugin printed (an ExecCredential, JSON), read for both apiVersions,
// and the same bytes as the stderr of a plugin that failed.
#include "ExecCredential.h"
#include "FuzzCommon.h"

using namespace drover;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::quietQt();
    const QByteArray in = fuzz::bytes(data, size);
    kube::ExecConfig exec;
    exec.command = QStringLiteral("fuzz-plugin");
    for (const char *version : {"client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"}) {
        exec.apiVersion = QString::fromLatin1(version);
        (void)kube::parseExecOutput(exec, false, 0, in, {});
    }
    (void)kube::parseExecOutput(exec, false, 1, {}, in);
    (void)kube::parseExecOutput(exec, true, 0, in, in);
    return 0;
}
