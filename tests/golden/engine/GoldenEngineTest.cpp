#include "GoldenCase.h"
#include "TestSupport.h"

#include <deque>
#include <string>

namespace {

// Each case folder becomes its own Catch2 test (and so its own ctest test,
// run in parallel): adding a case is adding a folder.
class CaseInvoker : public Catch::ITestInvoker
{
public:
    explicit CaseInvoker(QString name)
        : m_name(std::move(name))
    {}
    void invoke() const override { GoldenCase::run(m_name); }

private:
    QString m_name;
};

struct Registrar
{
    Registrar()
    {
        static std::deque<std::string> names;
        for (const QString& c : GoldenCase::caseNames()) {
            names.push_back("golden engine: " + c.toStdString());
            static std::deque<Catch::AutoReg> regs;
            regs.emplace_back(new CaseInvoker(c), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                              Catch::NameAndTags{names.back(), "[golden]"});
        }
    }
};
const Registrar registrar;

} // namespace
