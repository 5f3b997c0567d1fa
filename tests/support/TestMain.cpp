#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef RELANCE_TEST_WIDGETS
#include "common/MessageBox.h"

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QLocale>

int main(int argc, char** argv)
{
    // Tests never need a display: the real widgets and the PDF writer run on
    // the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("RelanceTests"));
    TestApplication::setApplicationName(QStringLiteral("RelanceTests"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
#ifdef RELANCE_TEST_WIDGETS
    // A message box nobody answers would hang the test: none is ever shown.
    MessageBox::setNonInteractive(true);
#endif
    return Catch::Session().run(argc, argv);
}
