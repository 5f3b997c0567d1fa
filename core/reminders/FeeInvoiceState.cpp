#include "FeeInvoiceState.h"

#include <QCoreApplication>

namespace FeeInvoiceStates {

QString toKey(FeeInvoiceState state)
{
    switch (state) {
    case FeeInvoiceState::Draft:
        return QStringLiteral("draft");
    case FeeInvoiceState::Validated:
        return QStringLiteral("validated");
    case FeeInvoiceState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<FeeInvoiceState> fromKey(const QString& key)
{
    for (FeeInvoiceState s : all())
        if (toKey(s) == key)
            return s;
    return std::nullopt;
}

QString label(FeeInvoiceState state)
{
    switch (state) {
    case FeeInvoiceState::Draft:
        return QCoreApplication::translate("FeeInvoiceStates", "Draft");
    case FeeInvoiceState::Validated:
        return QCoreApplication::translate("FeeInvoiceStates", "Validated");
    case FeeInvoiceState::Cancelled:
        return QCoreApplication::translate("FeeInvoiceStates", "Cancelled");
    }
    return {};
}

bool canMove(FeeInvoiceState from, FeeInvoiceState to)
{
    switch (from) {
    case FeeInvoiceState::Draft:
        return to == FeeInvoiceState::Validated || to == FeeInvoiceState::Cancelled;
    case FeeInvoiceState::Validated:
        return to == FeeInvoiceState::Cancelled;
    case FeeInvoiceState::Cancelled:
        return false;
    }
    return false;
}

QList<FeeInvoiceState> all()
{
    return {FeeInvoiceState::Draft, FeeInvoiceState::Validated, FeeInvoiceState::Cancelled};
}

} // namespace FeeInvoiceStates
