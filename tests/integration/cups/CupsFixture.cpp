#include "CupsFixture.h"

#include <catch2/catch.hpp>

CupsFixture::CupsFixture()
    : m_dir(QStringLiteral("/tmp/relance-cups-XXXXXX"))
    , m_server(m_dir.path())
{
    REQUIRE(m_dir.isValid());
    const QString problem = m_server.start();
    m_available = problem.isEmpty();
    if (!m_available)
        WARN("SKIPPED: no CUPS server can run here: " << problem.toStdString());
}

void CupsFixture::useInThisProcess() const
{
    qputenv("CUPS_SERVER", m_server.socket().toUtf8());
}
