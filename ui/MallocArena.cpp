#include "MallocArena.h"

#include <QString>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace drover::ui {

void useOneMallocArena()
{
#ifdef __GLIBC__
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX") && !qEnvironmentVariable("GLIBC_TUNABLES").contains(QLatin1String("arena_max")))
        mallopt(M_ARENA_MAX, 1);
#endif
}

} // namespace drover::ui
