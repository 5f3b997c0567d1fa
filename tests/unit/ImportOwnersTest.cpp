// The landlord columns of accounts.csv: French aliases, owners created and
// updated, the same file twice changes nothing, and any problem refuses the
// whole file with FILE:LINE: column: message.
#include "TestSupport.h"

#include "import/AccountImporter.h"
#include "storage/AccountRepository.h"
#include "storage/OwnerRepository.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

ImportReport importText(const Database& db, const QTemporaryDir& dir, const QString& text,
                        const QString& name = QStringLiteral("accounts.csv"))
{
    const QString path = dir.filePath(name);
    writeFile(path, text.toUtf8());
    return AccountImporter::importFile(db, path);
}

QString ownerOf(const Database& db, const QString& accountRef)
{
    auto a = AccountRepository(db).byRef(accountRef);
    REQUIRE(a.ok());
    return a->ownerRef;
}

Owner stored(const Database& db, const QString& ref)
{
    auto o = OwnerRepository(db).byRef(ref);
    REQUIRE(o.ok());
    REQUIRE(o->has_value());
    return **o;
}

// French headers as agencies' software exports them, with « propriétaire ».
const QString frenchFile = QStringLiteral(
    "Code;Nom;Code propriétaire;Propriétaire;Courriel propriétaire;Adresse propriétaire;"
    "CP propriétaire;Ville propriétaire\n"
    "LOC1;M. Jean Dupont;PROP01;SCI du Parc;sci.parc@example.fr;4 rue Neuve;69001;Lyon\n"
    "LOC2;Mme Anne Petit;PROP02;M. Paul Girard;;;;\n"
    "LOC3;M. Luc Blanc;PROP01;SCI du Parc;sci.parc@example.fr;4 rue Neuve;69001;Lyon\n"
    "LOC4;Mme Rose Noir;PROP01;;;;;\n"
    "LOC5;M. Max Vert;;;;;;\n");

} // namespace

TEST_CASE("Owners are imported from French columns and accounts point to them")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const ImportReport report = importText(*db, dir, frenchFile);
    INFO(report.errorLines().join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.written);
    CHECK(report.added == 5);
    CHECK(report.ownersAdded == 2);
    CHECK(report.ownersUpdated == 0);
    CHECK(report.summary() ==
          QStringLiteral("accounts.csv: 5 added, 0 updated, 0 unchanged; owners: 2 added, 0 "
                         "updated"));

    const Owner parc = stored(*db, QStringLiteral("PROP01"));
    CHECK(parc.name == QStringLiteral("SCI du Parc"));
    CHECK(parc.email == QStringLiteral("sci.parc@example.fr"));
    CHECK(parc.address1 == QStringLiteral("4 rue Neuve"));
    CHECK(parc.postalCode == QStringLiteral("69001"));
    CHECK(parc.city == QStringLiteral("Lyon"));
    CHECK(stored(*db, QStringLiteral("PROP02")).email.isEmpty());

    CHECK(ownerOf(*db, QStringLiteral("LOC1")) == QStringLiteral("PROP01"));
    CHECK(ownerOf(*db, QStringLiteral("LOC2")) == QStringLiteral("PROP02"));
    CHECK(ownerOf(*db, QStringLiteral("LOC3")) == QStringLiteral("PROP01"));
    // The ref alone links to the owner given on other lines.
    CHECK(ownerOf(*db, QStringLiteral("LOC4")) == QStringLiteral("PROP01"));
    CHECK(ownerOf(*db, QStringLiteral("LOC5")).isEmpty());
    auto lots = OwnerRepository(*db).accountsOf(parc.id);
    REQUIRE(lots.ok());
    CHECK(lots->size() == 3);
}

TEST_CASE("« Mandant » headers are read the same way, whatever their case and accents")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const ImportReport report = importText(
        *db, dir,
        QStringLiteral("ref;name;REF MANDANT;Nom mandant;E-mail mandant;Adresse 1 mandant;"
                       "Code postal mandant;Ville mandant;Adresse 2 Propriétaire\n"
                       "LOC1;M. Jean Dupont;M7;Mme Iris Roy;iris.roy@example.fr;2 quai Nord;"
                       "13002;Marseille;Bât. B\n"));
    INFO(report.errorLines().join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.warnings.isEmpty()); // every column was recognised
    const Owner roy = stored(*db, QStringLiteral("M7"));
    CHECK(roy.name == QStringLiteral("Mme Iris Roy"));
    CHECK(roy.email == QStringLiteral("iris.roy@example.fr"));
    CHECK(roy.address1 == QStringLiteral("2 quai Nord"));
    CHECK(roy.address2 == QStringLiteral("Bât. B"));
    CHECK(roy.postalCode == QStringLiteral("13002"));
    CHECK(roy.city == QStringLiteral("Marseille"));
}

TEST_CASE("Importing the same file twice changes nothing, and new details update the owner")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    REQUIRE(importText(*db, dir, frenchFile).ok());
    const auto before = OwnerRepository(*db).all();
    REQUIRE(before.ok());

    const ImportReport again = importText(*db, dir, frenchFile);
    REQUIRE(again.ok());
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 5);
    CHECK(again.ownersAdded == 0);
    CHECK(again.ownersUpdated == 0);
    CHECK_FALSE(again.written);
    CHECK(again.summary() == QStringLiteral("accounts.csv: 0 added, 0 updated, 5 unchanged"));
    CHECK(*OwnerRepository(*db).all() == *before);

    // The owner moved: every line of it says so; the accounts stay as they were.
    QString moved = frenchFile;
    moved.replace(QStringLiteral("4 rue Neuve;69001;Lyon"),
                  QStringLiteral("8 cours Vitton;69006;Lyon"));
    const ImportReport update = importText(*db, dir, moved);
    INFO(update.errorLines().join(u'\n').toStdString());
    REQUIRE(update.ok());
    CHECK(update.ownersUpdated == 1);
    CHECK(update.ownersAdded == 0);
    CHECK(update.unchanged == 5);
    CHECK(update.written);
    CHECK(stored(*db, QStringLiteral("PROP01")).address1 == QStringLiteral("8 cours Vitton"));
    CHECK(stored(*db, QStringLiteral("PROP01")).postalCode == QStringLiteral("69006"));

    // An empty owner ref takes the owner off the account.
    const ImportReport off =
        importText(*db, dir, QStringLiteral("ref;name;owner_ref\nLOC2;Mme Anne Petit;\n"));
    REQUIRE(off.ok());
    CHECK(off.updated == 1);
    CHECK(ownerOf(*db, QStringLiteral("LOC2")).isEmpty());
    // A file without owner columns leaves the owners alone.
    REQUIRE(importText(*db, dir, QStringLiteral("ref;name\nLOC1;M. Jean Dupont\n")).ok());
    CHECK(ownerOf(*db, QStringLiteral("LOC1")) == QStringLiteral("PROP01"));
}

TEST_CASE("An owner problem anywhere refuses the whole file, each reported at its line")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    const ImportReport report =
        importText(*db, dir,
                   QStringLiteral("ref;name;owner_ref;owner_name;owner_email\n"
                                  "LOC1;M. Jean Dupont;PROP01;SCI du Parc;sci.parc@example.fr\n"
                                  "LOC2;Mme Anne Petit;;M. Paul Girard;\n"
                                  "LOC3;M. Luc Blanc;PROP01;SCI du Parc;autre@example.fr\n"
                                  "LOC4;Mme Rose Noir;PROP03;Mme Iris Roy;iris.roy@\n"
                                  "LOC5;M. Max Vert;PROP09;;\n"
                                  "LOC6;M. Léo Gris;PROP01;;\n"));
    CHECK_FALSE(report.ok());
    CHECK(report.errorLines() ==
          QStringList{
              QStringLiteral("accounts.csv:3: owner_ref: the owner “M. Paul Girard” has no "
                             "reference; give it in owner_ref (« code propriétaire »), the same "
                             "on every line of this owner"),
              QStringLiteral("accounts.csv:4: owner_name: the owner PROP01 has other details on "
                             "line 2; give the same name, e-mail and address on every line of "
                             "this owner, or only the reference"),
              QStringLiteral("accounts.csv:5: owner_email: “iris.roy@” is not an e-mail address "
                             "(one address for the owner)"),
              QStringLiteral("accounts.csv:6: owner_ref: there is no owner PROP09; give the "
                             "owner's name on this line (or on another line of this owner), or "
                             "create the owner first"),
          });
    CHECK(report.summary() == QStringLiteral("accounts.csv: 4 error(s), nothing was written"));
    // Nothing at all was written: neither the good accounts nor the good owner.
    CHECK(*AccountRepository(*db).count() == 0);
    CHECK(OwnerRepository(*db).all()->isEmpty());
}
