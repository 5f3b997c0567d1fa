#include "DemoAgency.h"

#include "DemoCatalog.h"
#include "DemoPeople.h"
#include "DemoRandom.h"
#include "ledger/Allocation.h"

#include <QSet>

#include <algorithm>

using namespace DemoPeople;

namespace {

// The special cases, in the order their accounts are drawn.
constexpr DemoProfile kSpecials[] = {
    DemoProfile::DepartedWithArrears, DemoProfile::PaymentPlan,       DemoProfile::Litigation,
    DemoProfile::RejectedDebit,       DemoProfile::WeeklyInstalments,
};

// Probabilities for ordinary accounts. With the special cases this gives
// about 8 % of tenants owing money on a mid-month as-of date.
constexpr double kLateShare = 0.08;
constexpr double kDepartedShare = 0.015;
constexpr double kNewLeaseShare = 0.12;

qint64 roundTo(qint64 cents, qint64 step)
{
    return std::max(step, (cents + step / 2) / step * step);
}

} // namespace

Status DemoAgency::validate(const DemoOptions& options)
{
    if (options.accounts < 1 || options.accounts > 1000000)
        return Status::failure(ErrorKind::BadInput,
                               tr("A demo agency has between 1 and 1000000 accounts, e.g. 200."));
    if (options.months < 1 || options.months > 240)
        return Status::failure(ErrorKind::BadInput,
                               tr("A demo agency covers between 1 and 240 months, e.g. 24."));
    if (!options.asOf.isValid())
        return Status::failure(ErrorKind::BadInput, tr("A demo agency needs a valid as-of date."));
    if (options.plans < 0 || options.plans > options.accounts)
        return Status::failure(ErrorKind::BadInput,
                               tr("A demo agency has from 0 to as many payment plans as "
                                  "accounts (%1), not %2.")
                                   .arg(options.accounts)
                                   .arg(options.plans));
    return {};
}

DemoAgency::DemoAgency(DemoOptions options)
    : m_options(std::move(options))
    , m_owners(m_options.seed, m_options.accounts)
{
    const QDate asOf = m_options.asOf;
    m_firstMonth = QDate(asOf.year(), asOf.month(), 1).addMonths(-(m_options.months - 1));
    for (int k = 0; k < m_options.months; ++k) {
        const QDate d = month(k);
        m_rentRefs
            << QStringLiteral("AE-%1-%2").arg(d.year()).arg(d.month(), 2, 10, QLatin1Char('0'));
        m_rentLabels << QStringLiteral("Loyer %1 %2")
                            .arg(utf8(DemoCatalog::monthName(d.month())))
                            .arg(d.year());
    }
    m_refWidth = std::max(4, int(QString::number(m_options.accounts).size()));

    // The special cases go to accounts drawn at random, not to the first ones,
    // so that they sit among the others in every list.
    DemoRandom r(m_options.seed);
    const int n = m_options.accounts;
    for (DemoProfile p : kSpecials) {
        if (int(m_specialIndex.size()) >= n)
            break;
        int index = r.below(n);
        while (std::find(m_specialIndex.begin(), m_specialIndex.end(), index) !=
               m_specialIndex.end())
            index = (index + 1) % n;
        m_specialIndex.push_back(index);
        m_special.push_back(p);
    }
}

bool DemoAgency::planSlot(int index) const
{
    // Exactly `plans` slots, evenly spread: index i is one when ⌊(i+1)·p/n⌋
    // passes an integer.
    const qint64 p = std::clamp(m_options.plans, 0, m_options.accounts);
    const qint64 n = m_options.accounts;
    return p > 0 && (qint64(index) + 1) * p / n > qint64(index) * p / n;
}

std::optional<PaymentPlan> DemoAgency::plan(const DemoTenancy& t,
                                            const QList<LedgerEntry>& ledger) const
{
    if (t.profile != DemoProfile::FollowedPlan)
        return std::nullopt;
    const QDate resumed = month(t.behindFrom + 3);
    PaymentPlan p;
    p.created = resumed.addDays(-4);
    if (t.behindFrom + 3 > m_options.months - 1 || p.created > m_options.asOf)
        return std::nullopt;
    p.debt = Allocation::compute(ledger, p.created).overdue();
    if (!p.debt.isPositive())
        return std::nullopt;
    p.instalments = 10;
    p.firstDue = resumed.addDays(14);
    p.userName = QStringLiteral("demo");
    p.createdAt = p.created.startOfDay(Qt::UTC);
    return p;
}

AgencyIdentity DemoAgency::agency() const
{
    AgencyIdentity a;
    a.name = QStringLiteral("Cabinet Delorme Immobilier");
    a.address1 = QStringLiteral("18 rue de la République");
    a.address2 = QString();
    a.postalCode = QStringLiteral("69002");
    a.city = QStringLiteral("Lyon");
    a.phone = QStringLiteral("04 65 71 20 30");
    a.email = QStringLiteral("gestion@cabinet-delorme.example.com");
    a.website = QStringLiteral("www.cabinet-delorme.example.com");
    a.siret = QStringLiteral("812 345 676 00017");
    a.professionalCard = QStringLiteral("CPI 6901 2026 000 012 345");
    a.legalFooter = QStringLiteral(
        "SAS au capital de 50 000 € · RCS Lyon 812 345 676 · Carte professionnelle « Gestion "
        "immobilière » CPI 6901 2026 000 012 345 délivrée par la CCI Lyon Métropole · Garantie "
        "financière : GALIAN, 89 rue La Boétie, 75008 Paris · TVA FR 26 812345676");
    a.signatory = QStringLiteral("Claire Delorme, gérante");
    return a;
}

QString DemoAgency::profileKey(DemoProfile profile)
{
    switch (profile) {
    case DemoProfile::Regular:
        return QStringLiteral("regular");
    case DemoProfile::MonthsBehind:
        return QStringLiteral("months_behind");
    case DemoProfile::Partial:
        return QStringLiteral("partial");
    case DemoProfile::OneMonthBehind:
        return QStringLiteral("one_month_behind");
    case DemoProfile::WeeklyInstalments:
        return QStringLiteral("weekly_instalments");
    case DemoProfile::PaymentPlan:
        return QStringLiteral("payment_plan");
    case DemoProfile::FollowedPlan:
        return QStringLiteral("followed_plan");
    case DemoProfile::Litigation:
        return QStringLiteral("litigation");
    case DemoProfile::DepartedWithArrears:
        return QStringLiteral("departed_with_arrears");
    case DemoProfile::RejectedDebit:
        return QStringLiteral("rejected_debit");
    case DemoProfile::DepartedSettled:
        return QStringLiteral("departed_settled");
    }
    return {};
}

Account DemoAgency::makeAccount(int index, DemoRandom& r, DemoProfile profile, bool departed) const
{
    Account a;
    a.ref = QStringLiteral("LOC%1").arg(index + 1, m_refWidth, 10, QLatin1Char('0'));

    static const int leaseWeights[] = {70, 17, 4, 3, 6};
    static const LeaseType leaseTypes[] = {LeaseType::Residential, LeaseType::Furnished,
                                           LeaseType::Commercial, LeaseType::Professional,
                                           LeaseType::Parking};
    a.leaseType = leaseTypes[r.weighted(leaseWeights, std::size(leaseWeights))];
    // The court and payment plans in the demo concern homes.
    if (profile == DemoProfile::PaymentPlan || profile == DemoProfile::FollowedPlan ||
        profile == DemoProfile::Litigation || profile == DemoProfile::DepartedWithArrears)
        a.leaseType = LeaseType::Residential;

    const DemoCatalog::City& city = pickCity(r);
    const Street lot = pickStreet(r, city);
    const bool home = a.leaseType == LeaseType::Residential || a.leaseType == LeaseType::Furnished;

    // The lot, its rent and its charges, plausible for the city.
    QString unit;
    qint64 rent = 0;
    qint64 charges = 0;
    const int perSqm = city.rentPerSqm;
    if (home) {
        const int sizeBand = r.below(100);
        const int surface = sizeBand < 20   ? r.between(14, 30)
                            : sizeBand < 55 ? r.between(30, 50)
                            : sizeBand < 85 ? r.between(50, 75)
                                            : r.between(75, 120);
        rent = qint64(surface) * perSqm * r.between(85, 115); // cents
        if (a.leaseType == LeaseType::Furnished)
            rent = rent * 112 / 100;
        charges = roundTo(qint64(surface) * r.between(150, 300), 500);
        if (surface >= 90 && r.chance(0.5))
            unit = QStringLiteral("Maison");
        else if (surface < 25)
            unit = QStringLiteral("Studio %1").arg(r.between(1, 40));
        else
            unit = QStringLiteral("Appt %1%2").arg(r.between(0, 6)).arg(QChar(u'A' + r.below(4)));
    } else if (a.leaseType == LeaseType::Parking) {
        rent = qint64(perSqm) * r.between(450, 700);
        charges = roundTo(rent / 10, 100);
        unit = QStringLiteral("Parking n° %1").arg(r.between(1, 180));
    } else {
        const int surface = r.between(35, 160);
        rent = qint64(surface) * perSqm * r.between(100, 140);
        charges = roundTo(rent / 12, 1000);
        unit = a.leaseType == LeaseType::Commercial
                   ? QStringLiteral("Local commercial")
                   : QStringLiteral("Bureaux %1e étage").arg(r.between(1, 5));
    }
    // Half the rents were revised with the rent index and have cents; the
    // others are round euros.
    rent = r.chance(0.5) ? roundTo(rent, 100) : rent;
    a.monthlyRent = Money::fromCents(rent + charges);
    a.property = unit + QStringLiteral(", ") + lot.line + QStringLiteral(", ") + lot.postcode +
                 u' ' + lot.city;

    // The tenant.
    Person person = pickPerson(r, home);
    if (a.leaseType == LeaseType::Commercial) {
        static const char* const forms[] = {"SARL", "SAS", "EURL", "SASU"};
        // One draw per statement: the order of operands is unspecified in C++.
        const QString form = utf8(r.pick(forms));
        const QString activity = pickFrom(r, DemoCatalog::shopActivities);
        a.name = form + u' ' + activity + u' ' + person.last;
    } else if (a.leaseType == LeaseType::Professional) {
        const QString profession = pickFrom(r, DemoCatalog::professions);
        a.name =
            profession.endsWith(QLatin1String("Dr")) || profession.endsWith(QLatin1String("Maître"))
                ? QString(profession + u' ' + person.first + u' ' + person.last)
                : QString(profession + u' ' + person.last);
    } else {
        a.name = person.display();
    }
    if (r.chance(0.82))
        a.email = home || a.leaseType == LeaseType::Parking
                      ? pickEmail(r, person.first, person.last)
                      : QString(QStringLiteral("contact.") + mailPart(person.last) + u'@' +
                                pickFrom(r, DemoCatalog::emailDomains));
    if (r.chance(0.9))
        a.phone = home || a.leaseType == LeaseType::Parking ? phoneNumber(r, "06 39 98")
                                                            : phoneNumber(r, city.phonePrefix);

    // Where letters go: the lot itself, except for a parking space (the
    // tenant lives elsewhere in town) and for a tenant who has left.
    Street mail = lot;
    QString mail2 = unit.startsWith(QLatin1String("Appt")) ||
                            unit.startsWith(QLatin1String("Studio")) ||
                            unit.startsWith(QLatin1String("Bureaux"))
                        ? unit
                        : QString();
    if (a.leaseType == LeaseType::Parking) {
        mail = pickStreet(r, city);
        mail2.clear();
    }
    if (departed) {
        mail = pickStreet(r, pickCity(r));
        mail2 = r.chance(0.4) ? QStringLiteral("Appt %1").arg(r.between(1, 30)) : QString();
    }
    a.address1 = mail.line;
    a.address2 = mail2;
    a.postalCode = mail.postcode;
    a.city = mail.city;

    static const int methodWeights[] = {52, 33, 12, 3};
    static const PaymentMethod methods[] = {PaymentMethod::Transfer, PaymentMethod::DirectDebit,
                                            PaymentMethod::Cheque, PaymentMethod::Cash};
    a.paymentMethod = methods[r.weighted(methodWeights, std::size(methodWeights))];
    if (profile == DemoProfile::RejectedDebit)
        a.paymentMethod = PaymentMethod::DirectDebit;
    // Late payers pay by hand: a direct debit is collected unless it bounces,
    // and the one that bounces is its own case.
    if (profile != DemoProfile::Regular && profile != DemoProfile::DepartedSettled &&
        profile != DemoProfile::RejectedDebit && a.paymentMethod == PaymentMethod::DirectDebit)
        a.paymentMethod = PaymentMethod::Transfer;
    if (departed)
        a.status = AccountStatus::Departed;

    // Guarantors: parents for many young tenants, the manager for some shops.
    const double guarantorShare = home ? 0.55 : (a.leaseType == LeaseType::Commercial ? 0.3 : 0);
    if (profile == DemoProfile::Litigation || r.chance(guarantorShare)) {
        Guarantor g;
        Person gp = pickPerson(r, true);
        if (home && r.chance(0.6))
            gp.last = person.last; // the parents
        g.name = gp.display();
        const Street gs = pickStreet(r, pickCity(r));
        g.address1 = gs.line;
        g.postalCode = gs.postcode;
        g.city = gs.city;
        if (r.chance(0.45))
            g.email = pickEmail(r, gp.first, gp.last);
        a.guarantors.append(g);
    }
    addRecoveryData(index, a, rent);
    return a;
}

void DemoAgency::addRecoveryData(int index, Account& a, qint64 rentExclCharges) const
{
    // A stream of its own: the agency drawn before schema 2 stays the same,
    // account for account and entry for entry.
    DemoRandom r = DemoRandom::stream(m_options.seed ^ 0x2EC0BE27ULL, quint64(index));
    const bool home = a.leaseType == LeaseType::Residential || a.leaseType == LeaseType::Furnished;
    // Signed between 2012 and three months ago, on any day.
    const QDate latest = m_options.asOf.addMonths(-3);
    const QDate earliest(2012, 1, 1);
    a.leaseStart = earliest.addDays(r.below(int(earliest.daysTo(latest)) + 1));
    // Most agencies' exports give the rent without charges; some do not.
    if (r.chance(0.8))
        a.rentExclCharges = Money::fromCents(rentExclCharges);
    // About one home in four has its housing aid paid to the agency, mostly
    // by the CAF, by the MSA in the country.
    if (home && r.chance(0.25)) {
        a.housingAid =
            Money::fromCents(roundTo(a.monthlyRent.cents() * r.between(15, 45) / 100, 1));
        a.housingAidPayer = r.chance(0.06) ? HousingAidPayer::Msa : HousingAidPayer::Caf;
    }
    if (!a.guarantors.isEmpty()) {
        a.guarantee = Guarantee::Guarantor;
    } else if (home && r.chance(0.3)) {
        a.guarantee = Guarantee::Visale;
        a.guaranteeRef = QStringLiteral("V%1").arg(r.between(100000000, 999999999));
    } else if (a.leaseType != LeaseType::Parking && r.chance(0.25)) {
        a.guarantee = Guarantee::Gli;
        a.guaranteeRef = QStringLiteral("GLI-%1-%2")
                             .arg(a.leaseStart.year())
                             .arg(r.between(1000, 99999), 5, 10, QLatin1Char('0'));
    }
}

DemoTenancy DemoAgency::tenancy(int index) const
{
    DemoRandom r = DemoRandom::stream(m_options.seed, quint64(index));
    DemoTenancy t;
    t.index = index;
    const int last = m_options.months - 1;

    const auto special = std::find(m_specialIndex.begin(), m_specialIndex.end(), index);
    if (special != m_specialIndex.end()) {
        t.profile = m_special[std::size_t(special - m_specialIndex.begin())];
    } else if (r.chance(kDepartedShare)) {
        t.profile = DemoProfile::DepartedSettled;
    } else if (r.chance(kLateShare)) {
        static const int weights[] = {38, 32, 30};
        static const DemoProfile late[] = {DemoProfile::MonthsBehind, DemoProfile::Partial,
                                           DemoProfile::OneMonthBehind};
        t.profile = late[r.weighted(weights, std::size(weights))];
    }
    // After the draws above, so that asking for plans changes only the
    // accounts that get one.
    if (special == m_specialIndex.end() && planSlot(index))
        t.profile = DemoProfile::FollowedPlan;
    const bool departed =
        t.profile == DemoProfile::DepartedSettled || t.profile == DemoProfile::DepartedWithArrears;
    t.account = makeAccount(index, r, t.profile, departed);
    t.account.ownerRef = m_owners.ref(m_owners.ownerOfAccount(index));

    // Most leases began before the window; some began within it.
    t.startMonth = last > 0 && r.chance(kNewLeaseShare) ? r.between(1, last) : 0;
    t.endMonth = last;
    t.payDayOffset = r.between(-4, 2);
    t.partialPercent = r.between(4, 8) * 10;
    t.firstChequeNumber = r.between(1000000, 8999999);
    switch (t.profile) {
    case DemoProfile::Regular:
        break;
    case DemoProfile::MonthsBehind:
        t.behindFrom = last - r.between(0, 3);
        break;
    case DemoProfile::Partial:
        t.behindFrom = last - r.between(0, 4);
        break;
    case DemoProfile::OneMonthBehind:
        t.behindFrom = last - r.between(2, 10);
        break;
    case DemoProfile::WeeklyInstalments:
        t.behindFrom = last - 5;
        break;
    case DemoProfile::PaymentPlan:
        t.behindFrom = last - 8;
        t.account.paymentPlan = true;
        t.account.notes = QStringLiteral(
            "Plan d'apurement signé : trois mois d'arriérés remboursés en dix mensualités, "
            "le 15 de chaque mois, en plus du loyer.");
        break;
    case DemoProfile::FollowedPlan:
        t.behindFrom = last - 8;
        t.account.notes = QStringLiteral(
            "Plan d'apurement : trois mois d'arriérés remboursés en dix mensualités, le 15 de "
            "chaque mois, en plus du loyer.");
        break;
    case DemoProfile::Litigation:
        t.behindFrom = last - 6;
        t.account.litigation = true;
        t.account.notes = QStringLiteral(
            "Commandement de payer délivré par huissier ; assignation devant le tribunal "
            "judiciaire en cours.");
        break;
    case DemoProfile::DepartedWithArrears:
        t.endMonth = std::max(0, last - 3);
        t.behindFrom = t.endMonth - 1;
        t.account.notes = QStringLiteral(
            "Parti sans solder ses deux derniers mois ; dépôt de garantie imputé sur la dette.");
        break;
    case DemoProfile::RejectedDebit:
        t.behindFrom = std::max(0, last - 1);
        break;
    case DemoProfile::DepartedSettled:
        t.endMonth = last > 0 ? r.between(0, last - 1) : 0;
        break;
    }
    if (t.profile != DemoProfile::Regular && t.profile != DemoProfile::DepartedSettled)
        t.startMonth = std::min(t.startMonth, std::max(0, t.behindFrom - 1));
    t.behindFrom = std::max(t.behindFrom, t.startMonth);
    t.startMonth = std::min(t.startMonth, t.endMonth);
    return t;
}

QList<LedgerEntry> DemoAgency::ledger(const DemoTenancy& t) const
{
    // A stream apart from the account's, so that the ledger can change
    // without changing the accounts.
    DemoRandom r = DemoRandom::stream(m_options.seed ^ 0x5DEECE66DULL, quint64(t.index));
    const QDate asOf = m_options.asOf;
    const Account& a = t.account;
    const qint64 rent = a.monthlyRent.cents();
    QList<LedgerEntry> out;
    out.reserve((t.endMonth - t.startMonth + 1) * 2 + 4);
    // Room for every ref at once: grown one by one, the set was rehashed
    // about seven times per tenant (the demo writes 1.3 million entries).
    QSet<QString> refs;
    refs.reserve(out.capacity());
    int chequeNumber = t.firstChequeNumber;

    auto add = [&](Side side, QDate date, QDate due, QString ref, QString label, qint64 cents,
                   EntryKind kind, QString matches) {
        if (date > asOf || cents <= 0)
            return;
        if (refs.contains(ref)) {
            int n = 2;
            while (refs.contains(ref + u'-' + QString::number(n)))
                ++n;
            ref += u'-' + QString::number(n);
        }
        refs.insert(ref);
        LedgerEntry e;
        e.accountRef = a.ref;
        e.entryRef = std::move(ref);
        e.side = side;
        e.date = date;
        e.dueDate = due;
        e.label = std::move(label);
        e.amount = Money::fromCents(cents);
        e.kind = kind;
        e.matches = std::move(matches);
        out.append(std::move(e));
    };
    // prefix + "yyyyMMdd", without parsing a date format each time.
    auto dayRef = [](const char* prefix, QDate d) -> QString {
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        const char digits[8] = {char('0' + y / 1000 % 10), char('0' + y / 100 % 10),
                                char('0' + y / 10 % 10),   char('0' + y % 10),
                                char('0' + m / 10),        char('0' + m % 10),
                                char('0' + day / 10),      char('0' + day % 10)};
        return QLatin1String(prefix) + QLatin1String(digits, 8);
    };
    // A payment the way this tenant pays: by transfer, direct debit, cheque or cash.
    auto pay = [&](QDate date, qint64 cents, int forMonth, bool matched) {
        const QString matches = matched ? m_rentRefs.at(forMonth) : QString();
        const QDate due = month(forMonth);
        switch (a.paymentMethod) {
        case PaymentMethod::DirectDebit:
            add(Side::Credit, date, date,
                QStringLiteral("PRLV-%1%2")
                    .arg(due.year())
                    .arg(due.month(), 2, 10, QLatin1Char('0')),
                QStringLiteral("Prélèvement ") + m_rentLabels.at(forMonth).mid(6), cents,
                EntryKind::Payment, m_rentRefs.at(forMonth));
            break;
        case PaymentMethod::Cheque: {
            const QString number = QString::number(chequeNumber++);
            add(Side::Credit, date, date, QStringLiteral("CHQ-") + number,
                QStringLiteral("Chèque n° ") + number, cents, EntryKind::Payment, matches);
            break;
        }
        case PaymentMethod::Cash:
            add(Side::Credit, date, date, dayRef("ESP-", date),
                QStringLiteral("Versement en espèces"), cents, EntryKind::Payment, matches);
            break;
        default:
            add(Side::Credit, date, date, dayRef("VIR-", date), QStringLiteral("Virement reçu"),
                cents, EntryKind::Payment, matches);
            break;
        }
    };
    auto onTimeDate = [&](int k) {
        if (a.paymentMethod == PaymentMethod::DirectDebit)
            return month(k).addDays(std::clamp(t.payDayOffset + 2, 0, 4));
        if (a.paymentMethod == PaymentMethod::Cheque || a.paymentMethod == PaymentMethod::Cash)
            return month(k).addDays(r.between(0, 3));
        return month(k).addDays(t.payDayOffset + r.between(0, 1));
    };

    for (int k = t.startMonth; k <= t.endMonth; ++k) {
        const QDate first = month(k);
        add(Side::Debit, first, first, m_rentRefs.at(k), m_rentLabels.at(k), rent, EntryKind::Rent,
            QString());

        const bool behind = k >= t.behindFrom;
        switch (behind ? t.profile : DemoProfile::Regular) {
        case DemoProfile::Regular:
        case DemoProfile::DepartedSettled:
            pay(onTimeDate(k), rent, k, r.chance(0.85));
            break;
        case DemoProfile::MonthsBehind:
        case DemoProfile::Litigation:
            break;
        case DemoProfile::Partial:
            pay(first.addDays(r.between(7, 24)), roundTo(rent * t.partialPercent / 100, 1000), k,
                false);
            break;
        case DemoProfile::OneMonthBehind:
            // Pays last month's rent at the start of each month: always one behind.
            if (k > t.behindFrom)
                pay(first.addDays(r.between(1, 5)), rent, k - 1, true);
            break;
        case DemoProfile::WeeklyInstalments:
            // A fifth of the rent every week: a payment at most seven days old
            // on any as-of date, and arrears that grow.
            for (int day : {7, 14, 21, 28})
                add(Side::Credit, first.addDays(day - 1), first.addDays(day - 1),
                    dayRef("VIR-", first.addDays(day - 1)), QStringLiteral("Virement reçu"),
                    rent / 5, EntryKind::Payment, QString());
            break;
        case DemoProfile::PaymentPlan:
        case DemoProfile::FollowedPlan:
            // Three months unpaid, then the rent plus a tenth of the arrears.
            if (k >= t.behindFrom + 3) {
                pay(first.addDays(2), rent, k, true);
                add(Side::Credit, first.addDays(14), first.addDays(14),
                    dayRef("PLAN-", first.addDays(14)), QStringLiteral("Échéance plan d'apurement"),
                    rent * 3 / 10, EntryKind::Payment, QString());
            }
            break;
        case DemoProfile::DepartedWithArrears:
            break;
        case DemoProfile::RejectedDebit:
            pay(onTimeDate(k), rent, k, true);
            if (k == t.behindFrom) {
                const QDate bounced = first.addDays(11);
                add(Side::Debit, bounced, bounced,
                    QStringLiteral("REJ-%1%2")
                        .arg(first.year())
                        .arg(first.month(), 2, 10, QLatin1Char('0')),
                    QStringLiteral("Rejet du prélèvement ") + m_rentLabels.at(k).mid(6), rent,
                    EntryKind::PaymentReversal, QString());
            }
            break;
        }
    }
    if (t.profile == DemoProfile::DepartedWithArrears && t.endMonth < m_options.months - 1) {
        // The deposit (a month's rent without charges, roughly) is kept
        // against the debt a month after the tenant left.
        const QDate when = month(t.endMonth + 1).addDays(9);
        add(Side::Credit, when, when, QStringLiteral("DG-RESTIT"),
            QStringLiteral("Dépôt de garantie imputé sur la dette"), roundTo(rent * 85 / 100, 100),
            EntryKind::CreditNote, QString());
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LedgerEntry& x, const LedgerEntry& y) { return x.date < y.date; });
    return out;
}
