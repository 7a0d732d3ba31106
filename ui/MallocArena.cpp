#include "MallocArena.h"

#include <QtGlobal>

#include <malloc.h>

namespace drover::ui {

void useOneMallocArena()
{
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX"))
        mallopt(M_ARENA_MAX, 1);
}

} // namespace drover::ui
