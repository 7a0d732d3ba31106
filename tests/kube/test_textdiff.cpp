// core::TextDiff (what Edit YAML shows before saving) and kube::yamlObject (how the edited text
// is read back): the lines kept, removed and added in order, unified hunks with their line
// numbers as `diff -u` prints them, and a YAML mistake named by line and column.
#include "TextDiff.h"
#include "YamlJson.h"

#include <QJsonArray>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using Kind = core::DiffLine::Kind;

class TestTextDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void linesInOrder()
    {
        const QStringList a{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        const QStringList b{u"a"_s, u"c"_s, u"x"_s, u"d"_s};
        const QList<core::DiffLine> d = core::diffLines(a, b);
        const QList<core::DiffLine> want{{Kind::Same, u"a"_s}, {Kind::Removed, u"b"_s}, {Kind::Same, u"c"_s},
                                         {Kind::Added, u"x"_s}, {Kind::Same, u"d"_s}};
        QCOMPARE(d, want);
        QVERIFY(core::unifiedDiff(a, a).isEmpty());
    }

    void hunksLikeDiffU()
    {
        QStringList a;
        for (int i = 1; i <= 20; ++i)
            a << QString::number(i);
        QStringList b = a;
        b[2] = u"three"_s;   // line 3
        b.insert(15, u"new"_s); // after line 15
        // Two hunks: the changes are 12 unchanged lines apart (more than 2 × 3).
        const QString want = u"@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n"
                             u"@@ -13,6 +13,7 @@\n 13\n 14\n 15\n+new\n 16\n 17\n 18\n"_s;
        QCOMPARE(core::unifiedDiff(a, b), want);
        // One hunk when they are close.
        QStringList c = a;
        c[2] = u"three"_s;
        c[6] = u"seven"_s;
        QVERIFY(core::unifiedDiff(a, c).startsWith(u"@@ -1,10 +1,10 @@\n"_s));
    }

    void yamlReadAsKubectlReadsIt()
    {
        const auto o = kube::yamlObject(u"metadata:\n  name: web\n  labels:\n    on: \"yes\"\nspec:\n  running: yes\n  cpu: 2\n  memory: 0x10\n"_s);
        QVERIFY(o.ok());
        QCOMPARE(o->value("spec"_L1).toObject().value("running"_L1), QJsonValue(true)); // YAML 1.1, as yaml.v2
        QCOMPARE(o->value("spec"_L1).toObject().value("cpu"_L1), QJsonValue(2.0));
        QCOMPARE(o->value("spec"_L1).toObject().value("memory"_L1), QJsonValue(16.0));
        QCOMPARE(o->value("metadata"_L1).toObject().value("labels"_L1).toObject().value("on"_L1), QJsonValue(u"yes"_s)); // quoted
        const auto bad = kube::yamlObject(u"metadata:\n  name: web\n spec: [\n"_s);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.startsWith(u"line 3"_s), qPrintable(bad.error().message));
        QVERIFY(!kube::yamlObject(u"- a\n- b\n"_s).ok()); // a list is not an object
    }
};

QTEST_APPLESS_MAIN(TestTextDiff)
#include "test_textdiff.moc"
