#include "TestSupport.h"

#include "ledger/PostalAddress.h"

namespace {

QStringList block(const QString& name, const QString& address1, const QString& address2,
                  const QString& postalCode, const QString& city,
                  const QString& country = QStringLiteral("FR"))
{
    return PostalAddress::block(name, address1, address2, postalCode, city, country);
}

void checkLimits(const QStringList& lines)
{
    INFO(lines.join(QStringLiteral(" | ")).toStdString());
    CHECK(lines.size() <= 6);
    for (const QString& l : lines)
        CHECK(l.size() <= 38);
}

} // namespace

TEST_CASE("The complement goes before the street line, whichever field it was typed in")
{
    CHECK(block(QStringLiteral("M. Jean Dupont"), QStringLiteral("12 rue des Lilas"),
                QStringLiteral("Appt 3C"), QStringLiteral("69003"), QStringLiteral("Lyon")) ==
          QStringList{QStringLiteral("M. Jean Dupont"), QStringLiteral("Appt 3C"),
                      QStringLiteral("12 rue des Lilas"), QStringLiteral("69003 LYON")});
    CHECK(block(QStringLiteral("M. Jean Dupont"), QStringLiteral("Bâtiment B"),
                QStringLiteral("12 rue des Lilas"), QStringLiteral("69003"),
                QStringLiteral("Lyon")) ==
          QStringList{QStringLiteral("M. Jean Dupont"), QStringLiteral("Bâtiment B"),
                      QStringLiteral("12 rue des Lilas"), QStringLiteral("69003 LYON")});
    // Inside the building (flat) before outside (building), street, then BP.
    CHECK(block(QStringLiteral("Mme Léa Roux"), QStringLiteral("Bâtiment B, 4 avenue Foch"),
                QStringLiteral("Appt 12\nBP 45"), QStringLiteral("69006"),
                QStringLiteral("Lyon")) ==
          QStringList{QStringLiteral("Mme Léa Roux"), QStringLiteral("Appt 12"),
                      QStringLiteral("Bâtiment B"), QStringLiteral("4 avenue Foch"),
                      QStringLiteral("BP 45"), QStringLiteral("69006 LYON")});
    // A street whose name holds a complement word stays the street.
    CHECK(block(QStringLiteral("M. Paul Lenoir"), QStringLiteral("2e étage"),
                QStringLiteral("5 rue de la Tour"), QStringLiteral("75016"),
                QStringLiteral("Paris")) ==
          QStringList{QStringLiteral("M. Paul Lenoir"), QStringLiteral("2e étage"),
                      QStringLiteral("5 rue de la Tour"), QStringLiteral("75016 PARIS")});
    // Without a recognisable street the lines stay as typed.
    CHECK(block(QStringLiteral("M. Paul Lenoir"), QStringLiteral("Le Moulin"),
                QStringLiteral("Les Granges"), QStringLiteral("26110"), QStringLiteral("Nyons")) ==
          QStringList{QStringLiteral("M. Paul Lenoir"), QStringLiteral("Le Moulin"),
                      QStringLiteral("Les Granges"), QStringLiteral("26110 NYONS")});
}

TEST_CASE("The city line is the postal code and the city in capitals without accents or "
          "punctuation")
{
    const QStringList lines =
        block(QStringLiteral("M. Jean Dupont"), QStringLiteral("12, avenue du Général-de-Gaulle"),
              QString(), QStringLiteral("42000"), QStringLiteral("Saint-Étienne"));
    CHECK(lines.last() == QStringLiteral("42000 SAINT ETIENNE"));
    // No comma after the house number either.
    CHECK(lines.at(1) == QStringLiteral("12 avenue du Général-de-Gaulle"));
    CHECK(block(QStringLiteral("Mme Anne Petit"), QStringLiteral("1 place d'Armes"), QString(),
                QStringLiteral("57000"), QStringLiteral("Metz (Moselle)."))
              .last() == QStringLiteral("57000 METZ MOSELLE"));
    CHECK(block(QStringLiteral("Mme Anne Petit"), QStringLiteral("3 rue Haute"), QString(),
                QStringLiteral("69003"), QStringLiteral("lyon cedex 03"))
              .last() == QStringLiteral("69003 LYON CEDEX 03"));
}

TEST_CASE("The country line is written only for an address abroad")
{
    const QStringList france =
        block(QStringLiteral("M. Jean Dupont"), QStringLiteral("12 rue des Lilas"), QString(),
              QStringLiteral("69003"), QStringLiteral("Lyon"), QStringLiteral("France"));
    CHECK(france.last() == QStringLiteral("69003 LYON"));
    CHECK(block(QStringLiteral("M. Jean Dupont"), QStringLiteral("12 rue des Lilas"), QString(),
                QStringLiteral("69003"), QStringLiteral("Lyon"), QStringLiteral("fr"))
              .size() == 3);
    const QStringList abroad =
        block(QStringLiteral("M. Paul Lambert"), QStringLiteral("Rue Neuve 5"), QString(),
              QStringLiteral("1000"), QStringLiteral("Bruxelles"), QStringLiteral("BE"));
    CHECK(abroad == QStringList{QStringLiteral("M. Paul Lambert"), QStringLiteral("Rue Neuve 5"),
                                QStringLiteral("1000 BRUXELLES"), QStringLiteral("BELGIUM")});
}

TEST_CASE("A line longer than 38 characters is abbreviated, then wrapped, not cut")
{
    // Abbreviated the way La Poste does: « Résidence » → « Rés », « bâtiment » → « bât ».
    const QStringList lines =
        block(QStringLiteral("Mme Marie-Thérèse de La Tour d'Auvergne-Lauraguais"),
              QStringLiteral("Résidence des Tilleuls, bâtiment C, escalier 4"),
              QStringLiteral("12, avenue du Général-de-Gaulle"), QStringLiteral("42000"),
              QStringLiteral("Saint-Étienne"));
    checkLimits(lines);
    CHECK(lines == QStringList{QStringLiteral("Mme Marie-Thérèse de La Tour"),
                               QStringLiteral("d'Auvergne-Lauraguais"),
                               QStringLiteral("Résidence des Tilleuls, bât C, esc 4"),
                               QStringLiteral("12 avenue du Général-de-Gaulle"),
                               QStringLiteral("42000 SAINT ETIENNE")});
    // A long street: its type and titles are abbreviated.
    const QStringList street =
        block(QStringLiteral("M. Jean Dupont"),
              QStringLiteral("145 boulevard du Maréchal de Lattre de Tassigny"), QString(),
              QStringLiteral("69006"), QStringLiteral("Lyon"));
    checkLimits(street);
    CHECK(street.at(1) == QStringLiteral("145 bd du Mal de Lattre de Tassigny"));
    // Nothing to abbreviate and a line free: wrapped at a word.
    const QStringList wrapped =
        block(QStringLiteral("Association des copropriétaires du Grand Clos"),
              QStringLiteral("8 rue Molière"), QString(), QStringLiteral("69006"),
              QStringLiteral("Lyon"));
    checkLimits(wrapped);
    CHECK(wrapped.mid(0, 2) == QStringList{QStringLiteral("Association des copropriétaires du"),
                                           QStringLiteral("Grand Clos")});
}

TEST_CASE("Never more than six lines: complements are joined before anything is dropped")
{
    const QStringList lines =
        block(QStringLiteral("M. Jean Dupont"), QStringLiteral("Appt 3C\nEntrée 2\nBâtiment B"),
              QStringLiteral("12 rue des Lilas\nBP 45"), QStringLiteral("69003"),
              QStringLiteral("Lyon"), QStringLiteral("BE"));
    checkLimits(lines);
    CHECK(lines == QStringList{QStringLiteral("M. Jean Dupont"),
                               QStringLiteral("Appt 3C, Entrée 2, Bâtiment B"),
                               QStringLiteral("12 rue des Lilas"), QStringLiteral("BP 45"),
                               QStringLiteral("69003 LYON"), QStringLiteral("BELGIUM")});
}
