#include "DemoOwners.h"

#include "DemoPeople.h"
#include "DemoRandom.h"

#include <algorithm>

using namespace DemoPeople;

namespace {

// Streams of their own: owners never shift the tenants' draws.
constexpr quint64 kLayoutSalt = 0x0A11E5B0F1ULL;
constexpr quint64 kOwnerSalt = 0x6D616E64616EULL;

// Institutional landlords, the first owners of every demo agency.
const char* const kInstitutions[] = {
    "Foncière du Rhône",
    "Mutuelle Générale Immobilier",
    "Caisse de Retraite des Artisans",
    "SA Habitat des Deux Rives",
    "SCI Les Terrasses de Bellecour",
    "Assurances Mutuelles de l'Ouest",
    "Foncière Méditerranée Patrimoine",
    "Institut de Prévoyance du Bâtiment",
    "SCPI Pierre et Rendement",
    "Compagnie Immobilière de la Loire",
};

const char* const kSciNames[] = {
    "Les Tilleuls", "du Parc",    "Les Lilas",    "Bellevue", "du Moulin",
    "Les Acacias",  "Saint-Jean", "des Remparts", "Le Clos",  "Les Cèdres",
};

} // namespace

int DemoOwners::countFor(int accounts)
{
    if (accounts <= 0)
        return 0;
    return std::min(accounts, std::max(3, (accounts + 30) / 60));
}

DemoOwners::DemoOwners(quint64 seed, int accounts)
    : m_seed(seed)
    , m_count(countFor(accounts))
{
    if (m_count == 0)
        return;
    m_institutional = std::max(1, m_count / 50);
    m_refWidth = std::max(3, int(QString::number(m_count).size()));

    // Every owner has a lot. Half the private owners have one to five; the
    // rest of the lots go by weight to the institutions (hundreds each) and
    // the other private owners (tens each).
    DemoRandom r = DemoRandom::stream(seed ^ kLayoutSalt, 0);
    std::vector<int> lots(std::size_t(m_count), 1);
    std::vector<int> weights(std::size_t(m_count), 0);
    int left = accounts - m_count;
    for (int i = 0; i < m_count; ++i) {
        if (i < m_institutional) {
            weights[std::size_t(i)] = r.between(300, 600);
        } else if (r.chance(0.5)) {
            const int extra = std::min(left, r.between(0, 4));
            lots[std::size_t(i)] += extra;
            left -= extra;
        } else {
            weights[std::size_t(i)] = r.between(20, 120);
        }
    }
    qint64 total = 0;
    for (int w : weights)
        total += w;
    int given = 0;
    for (int i = 0; i < m_count; ++i) {
        const int share = int(qint64(left) * weights[std::size_t(i)] / total);
        lots[std::size_t(i)] += share;
        given += share;
    }
    // What rounding left goes to the institutions, in turn.
    for (int i = 0; given < left; i = (i + 1) % m_institutional, ++given)
        ++lots[std::size_t(i)];

    m_ownerOf.reserve(std::size_t(accounts));
    for (int i = 0; i < m_count; ++i)
        m_ownerOf.insert(m_ownerOf.end(), std::size_t(lots[std::size_t(i)]), i);
    // Spread over the accounts (Fisher–Yates with the demo's generator).
    for (int i = accounts - 1; i > 0; --i)
        std::swap(m_ownerOf[std::size_t(i)], m_ownerOf[std::size_t(r.below(i + 1))]);
}

QString DemoOwners::ref(int index) const
{
    return QStringLiteral("PROP%1").arg(index + 1, m_refWidth, 10, QLatin1Char('0'));
}

Owner DemoOwners::owner(int index) const
{
    DemoRandom r = DemoRandom::stream(m_seed ^ kOwnerSalt, quint64(index));
    Owner o;
    o.ref = ref(index);
    const DemoCatalog::City& city = pickCity(r);
    const Street street = pickStreet(r, city);
    o.address1 = street.line;
    o.postalCode = street.postcode;
    o.city = street.city;
    std::size_t domains = 0;
    const char* const* domainList = DemoCatalog::emailDomains(&domains);
    const QString domain = utf8(domainList[r.below(int(domains))]);
    if (index < m_institutional) {
        constexpr int n = int(std::size(kInstitutions));
        o.name = utf8(kInstitutions[index % n]);
        if (index >= n)
            o.name += QStringLiteral(" %1").arg(index / n + 1);
        o.address2 = r.chance(0.5) ? QStringLiteral("Service gestion locative")
                                   : QStringLiteral("Direction du patrimoine");
        o.email = QStringLiteral("gestion.") + mailPart(o.name) + u'@' + domain;
        return o;
    }
    const Person person = pickPerson(r, true);
    const bool sci = r.chance(0.15);
    if (sci) {
        o.name = QStringLiteral("SCI ") + utf8(r.pick(kSciNames)) + u' ' + person.last;
        if (r.chance(0.85))
            o.email = QStringLiteral("sci.") + mailPart(person.last) + u'@' + domain;
    } else {
        o.name = person.display();
        if (r.chance(0.75))
            o.email = pickEmail(r, person.first, person.last);
    }
    if (r.chance(0.1))
        o.address2 = QStringLiteral("Résidence %1, bât. %2")
                         .arg(utf8(r.pick(kSciNames)))
                         .arg(QChar(u'A' + r.below(4)));
    return o;
}
