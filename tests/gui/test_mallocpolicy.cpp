// The console's malloc policy (ui/MallocArena.h), read back from the kernel: after
// backTheHeapWithHugePages() the heap has a range marked for transparent huge pages that holds
// kHugeHeap, and a block below kBlocksFromTheHeap is placed in it, not in a mapping of its own.
// A glibc.malloc.hugetlb tunable the user set leaves the heap as glibc made it. After
// smallPagesFromNowOn() the part of the range above the heap's top is no longer marked: what a
// block allocated then takes there is not eligible for huge pages.
#include "MallocArena.h"

#include <QFile>
#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace drover;

namespace {

struct Range
{
    std::uintptr_t from = 0, to = 0;
    bool thpEligible = false;
    bool contains(std::uintptr_t at) const { return at >= from && at < to; }
};

// The heap's ranges as /proc/self/smaps lists them.
QList<Range> heapRanges()
{
    QFile f(QStringLiteral("/proc/self/smaps"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Range> ranges;
    bool inHeap = false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (!parts.isEmpty() && parts.first().contains('-') && !parts.first().endsWith(':')) { // a range's first line
            inHeap = line.endsWith("[heap]");
            if (inHeap) {
                const QList<QByteArray> ends = parts.first().split('-');
                ranges.append({ends[0].toULongLong(nullptr, 16), ends[1].toULongLong(nullptr, 16), false});
            }
        } else if (inHeap && line.startsWith("THPeligible:")) {
            ranges.last().thpEligible = line.simplified().endsWith(" 1");
        }
    }
    return ranges;
}

bool thpOff()
{
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return !f.open(QIODevice::ReadOnly) || f.readAll().contains("[never]");
}

} // namespace

class TestMallocPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hugePagesForTheHeap();
    void growthMarkedWhileStartUpLasts();
    void smallPagesAfterStartUp();
};

void TestMallocPolicy::hugePagesForTheHeap()
{
    if (thpOff())
        QSKIP("transparent huge pages are off on this machine (or it has none)");
    ui::useOneMallocArena();

    // The user's tunable wins: nothing is marked.
    qputenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=0");
    ui::backTheHeapWithHugePages();
    for (const Range &r : heapRanges())
        QVERIFY2(!r.thpEligible, "the heap was marked although the user's tunable says no");

    qunsetenv("GLIBC_TUNABLES");
    ui::backTheHeapWithHugePages();
    const QList<Range> ranges = heapRanges();
    const Range *huge = nullptr;
    for (const Range &r : ranges)
        if (r.thpEligible)
            huge = &r;
    QVERIFY2(huge, "no range of the heap is marked for huge pages");
    QVERIFY(huge->to - huge->from >= std::uintptr_t(ui::kHugeHeap));

    // A block of 4 MiB comes from the heap, into the marked range (it may begin in the page
    // below it), where glibc alone maps a block from 128 KiB up apart until a freed one raises
    // its threshold.
    constexpr std::uintptr_t kSize = 4 << 20;
    void *volatile block = std::malloc(kSize);
    QVERIFY(block);
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    QVERIFY2(at >= ranges.first().from && at + kSize <= ranges.last().to, "the block was mapped apart, not taken from the heap");
    QVERIFY2(at + kSize > huge->from && at < huge->to, "the block is not in the marked range");
    std::free(block);
}

// At 100,000 VMs the heap outgrows the first range (kHugeHeap): its growth is marked as well until
// start-up is over, so a block far above the first range is in a marked range too.
void TestMallocPolicy::growthMarkedWhileStartUpLasts()
{
    if (thpOff())
        QSKIP("transparent huge pages are off on this machine (or it has none)");
    // (The heap is marked by the test before.) Blocks below kBlocksFromTheHeap come from the heap:
    // twice the first range of them, untouched (only glibc's headers), so the heap grows past it.
    constexpr std::size_t kBlock = 8 << 20;
    std::vector<void *> blocks;
    for (std::size_t total = 0; total < 2 * std::size_t(ui::kHugeHeap); total += kBlock)
        blocks.push_back(std::malloc(kBlock));
    const auto last = reinterpret_cast<std::uintptr_t>(blocks.back());
    const auto marked = [last] {
        for (const Range &r : heapRanges())
            if (r.contains(last))
                return r.thpEligible;
        return false;
    };
    QVERIFY2(QTest::qWaitFor(marked, 2000), "the heap's growth past the first range is not marked for huge pages");
    for (void *b : blocks)
        std::free(b);
}

void TestMallocPolicy::smallPagesAfterStartUp()
{
    if (thpOff())
        QSKIP("transparent huge pages are off on this machine (or it has none)");
    // (The heap is marked by the test before.) What start-up allocated stays where it is.
    constexpr std::uintptr_t kSize = 4 << 20;
    void *volatile before = std::malloc(kSize);
    QVERIFY(before);
    ui::smallPagesFromNowOn();
    const auto held = reinterpret_cast<std::uintptr_t>(before);
    // A block taken after it, above the top of the heap's blocks in use, is in a range no longer
    // eligible; the range that holds the block from before is as it was.
    void *volatile after = std::malloc(kSize);
    QVERIFY(after);
    const auto at = reinterpret_cast<std::uintptr_t>(after) + kSize - 1; // its last byte: above the old top
    QVERIFY2(at > held, "the new block is not above the one from before");
    bool found = false;
    for (const Range &r : heapRanges()) {
        if (r.contains(at)) {
            found = true;
            QVERIFY2(!r.thpEligible, "the heap above its top is still marked for huge pages");
        }
    }
    QVERIFY2(found, "the new block is not in the heap");
    std::free(after);
    std::free(before);
}

QTEST_GUILESS_MAIN(TestMallocPolicy)
#include "test_mallocpolicy.moc"
