#pragma once
// VERIFY_OK(expr): QVERIFY for a drover::Result (anything with ok() and error().message) that
// fails the test with the error's own words. expr is evaluated once, so it may be the call that
// does the work: VERIFY_OK(m_sshd->startWithFreshKeys()).
#include <QTest>

#define VERIFY_OK(expr)                                                                                                          \
    do {                                                                                                                         \
        const auto &verifyOkResult_ = (expr);                                                                                    \
        QVERIFY2(verifyOkResult_.ok(), qPrintable(verifyOkResult_.error().message));                                             \
    } while (false)
