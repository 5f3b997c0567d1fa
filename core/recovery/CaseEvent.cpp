#include "CaseEvent.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<CaseEventKind, const char*>, 10> keys{{
    {CaseEventKind::CafReported, "caf_reported"},
    {CaseEventKind::CafPlanSent, "caf_plan_sent"},
    {CaseEventKind::VisaleDeclared, "visale_declared"},
    {CaseEventKind::GliDeclared, "gli_declared"},
    {CaseEventKind::FormalNoticeSent, "formal_notice_sent"},
    {CaseEventKind::HandedToCommissaire, "handed_to_commissaire"},
    {CaseEventKind::CommandementServed, "commandement_served"},
    {CaseEventKind::CommandementServedGuarantor, "commandement_served_guarantor"},
    {CaseEventKind::DebtAcknowledged, "debt_acknowledged"},
    {CaseEventKind::Note, "note"},
}};
} // namespace

QString CaseEventKeys::toKey(CaseEventKind kind)
{
    for (const auto& [k, key] : keys)
        if (k == kind)
            return QLatin1String(key);
    return {};
}

std::optional<CaseEventKind> CaseEventKeys::fromKey(const QString& key)
{
    for (const auto& [k, text] : keys)
        if (key == QLatin1String(text))
            return k;
    return std::nullopt;
}
