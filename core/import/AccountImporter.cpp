#include "AccountImporter.h"

#include "ColumnMap.h"
#include "CsvReader.h"
#include "ImportValues.h"
#include "OwnerImport.h"
#include "ledger/AccountValidator.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/OwnerRepository.h"
#include "util/EmailAddress.h"

#include <QFileInfo>
#include <QHash>

namespace {

QList<ColumnMap::Column> accountColumns()
{
    using L = FieldLimits;
    auto col = [](const char* key, bool required, QStringList aliases,
                  qsizetype maxLength = L::word, bool multiLine = false) {
        return ColumnMap::Column{QString::fromLatin1(key), required, std::move(aliases), maxLength,
                                 multiLine};
    };
    return {
        col("ref", true,
            {QStringLiteral("réf"), QStringLiteral("référence"), QStringLiteral("code")}, L::ref),
        col("name", true, {QStringLiteral("nom")}, L::name),
        col("email", false,
            {QStringLiteral("courriel"), QStringLiteral("e-mail"), QStringLiteral("mail")},
            L::emailList),
        col("phone", false, {QStringLiteral("téléphone"), QStringLiteral("tél")}, L::phone),
        col("address1", false, {QStringLiteral("adresse"), QStringLiteral("adresse 1")},
            L::addressLine),
        col("address2", false, {QStringLiteral("adresse 2")}, L::addressLine),
        col("postal_code", false, {QStringLiteral("code postal"), QStringLiteral("cp")},
            L::postalCode),
        col("city", false, {QStringLiteral("ville")}, L::city),
        col("country", false, {QStringLiteral("pays")}, L::country),
        col("property", false, {QStringLiteral("lot"), QStringLiteral("bien")}, L::property),
        col("lease_type", false, {QStringLiteral("type de bail")}),
        col("monthly_rent", false, {QStringLiteral("loyer")}),
        col("payment_method", false, {QStringLiteral("mode de paiement")}),
        col("status", false, {QStringLiteral("statut")}),
        col("payment_plan", false, {QStringLiteral("plan d'apurement")}),
        col("litigation", false, {QStringLiteral("contentieux")}),
        col("program", false, {QStringLiteral("programme")}, L::programName),
        col("language", false, {QStringLiteral("langue")}),
        col("notes", false, {QStringLiteral("remarques")}, L::notes, true),
        // The recovery path's data (recovery-path.md).
        col("lease_start", false,
            {QStringLiteral("date du bail"), QStringLiteral("début du bail"),
             QStringLiteral("bail du")}),
        col("rent_excl_charges", false,
            {QStringLiteral("loyer hors charges"), QStringLiteral("loyer HC")}),
        col("housing_aid", false,
            {QStringLiteral("APL"), QStringLiteral("aide au logement"), QStringLiteral("ALS")}),
        col("housing_aid_payer", false, {QStringLiteral("organisme"), QStringLiteral("caisse")}),
        col("guarantee", false, {QStringLiteral("garantie")}),
        col("guarantee_ref", false,
            {QStringLiteral("n° visa"), QStringLiteral("n° contrat"), QStringLiteral("police")},
            L::ref),
        col("guarantor_name", false, {QStringLiteral("garant"), QStringLiteral("nom du garant")},
            L::name),
        col("guarantor_email", false, {QStringLiteral("courriel du garant")}, L::emailList),
        col("guarantor_address1", false,
            {QStringLiteral("adresse du garant"), QStringLiteral("adresse 1 du garant")},
            L::addressLine),
        col("guarantor_address2", false, {QStringLiteral("adresse 2 du garant")}, L::addressLine),
        col("guarantor_postal_code", false, {QStringLiteral("code postal du garant")},
            L::postalCode),
        col("guarantor_city", false, {QStringLiteral("ville du garant")}, L::city),
        col("guarantor_country", false, {QStringLiteral("pays du garant")}, L::country),
    };
}

// A row turned into the account to store.
struct Row
{
    int line = 0;
    Account account;
    bool isNew = true;
};

} // namespace

ImportReport AccountImporter::importFile(const Database& db, const QString& path,
                                         const ImportOptions& options)
{
    ImportReport report;
    report.kind = ImportReport::Kind::Accounts;
    report.fileName = QFileInfo(path).fileName();
    report.dryRun = options.dryRun;

    CsvReader reader;
    ColumnMap columns(accountColumns() + OwnerImport::columns());
    if (!columns.openAndMap(reader, path, report))
        return report;
    if (!report.errors.isEmpty())
        return report;

    auto stored = AccountRepository(db).all();
    if (!stored) {
        report.addError(0, {}, stored.error());
        return report;
    }
    QHash<QString, Account> existing;
    for (const Account& a : *stored)
        existing.insert(a.ref, a);
    auto storedOwners = OwnerRepository(db).all();
    if (!storedOwners) {
        report.addError(0, {}, storedOwners.error());
        return report;
    }
    OwnerImport owners(columns, *storedOwners);

    const auto idx = [&](const char* key) {
        return columns.index(QString::fromLatin1(key));
    };
    const int cRef = idx("ref"), cName = idx("name"), cEmail = idx("email"), cPhone = idx("phone"),
              cAddress1 = idx("address1"), cAddress2 = idx("address2"),
              cPostal = idx("postal_code"), cCity = idx("city"), cCountry = idx("country"),
              cProperty = idx("property"), cLease = idx("lease_type"), cRent = idx("monthly_rent"),
              cMethod = idx("payment_method"), cStatus = idx("status"), cPlan = idx("payment_plan"),
              cLitigation = idx("litigation"), cProgram = idx("program"),
              cLanguage = idx("language"), cNotes = idx("notes"), cgName = idx("guarantor_name"),
              cgEmail = idx("guarantor_email"), cgAddress1 = idx("guarantor_address1"),
              cgAddress2 = idx("guarantor_address2"), cgPostal = idx("guarantor_postal_code"),
              cgCity = idx("guarantor_city"), cgCountry = idx("guarantor_country"),
              cLeaseStart = idx("lease_start"), cRentExcl = idx("rent_excl_charges"),
              cAid = idx("housing_aid"), cAidPayer = idx("housing_aid_payer"),
              cGuarantee = idx("guarantee"), cGuaranteeRef = idx("guarantee_ref");

    QList<Row> rows;
    QHash<QString, int> lineOfRef;
    CsvReader::Record record;
    int count = 0;
    while (reader.next(record)) {
        const int line = record.line;
        const QStringList& f = record.fields;
        const qsizetype errorsBefore = report.errors.size();
        const auto error = [&](const char* column, const QString& message) {
            report.addError(line, QString::fromLatin1(column), message);
        };
        if (!columns.checkRow(record, report))
            continue;
        const QString ref = ColumnMap::value(f, cRef);
        if (ref.isEmpty()) {
            error("ref", tr("the reference is empty"));
            continue;
        }
        if (lineOfRef.contains(ref)) {
            error("ref", tr("%1 already appears on line %2").arg(ref).arg(lineOfRef.value(ref)));
            continue;
        }
        lineOfRef.insert(ref, line);

        Row row;
        row.line = line;
        row.isNew = !existing.contains(ref);
        Account& a = row.account;
        if (!row.isNew)
            a = existing.value(ref);
        a.ref = ref;
        // Only the columns the file has overwrite what is stored.
        const auto textColumn = [&](int column, QString& target) {
            if (column >= 0)
                target = ColumnMap::value(f, column);
        };
        textColumn(cName, a.name);
        if (a.name.isEmpty())
            error("name", tr("the name is empty; it is printed on the letters"));
        textColumn(cEmail, a.email);
        if (!a.email.isEmpty() && !EmailAddress::isValidList(a.email))
            error(
                "email",
                tr("“%1” is not an e-mail address (several are separated by commas)").arg(a.email));
        textColumn(cPhone, a.phone);
        textColumn(cAddress1, a.address1);
        textColumn(cAddress2, a.address2);
        textColumn(cPostal, a.postalCode);
        textColumn(cCity, a.city);
        if (cCountry >= 0) {
            a.country = ColumnMap::value(f, cCountry).toUpper();
            if (a.country.isEmpty())
                a.country = QStringLiteral("FR");
        }
        textColumn(cProperty, a.property);
        textColumn(cNotes, a.notes);
        QString why;
        if (cLease >= 0) {
            const QString v = ColumnMap::value(f, cLease);
            if (v.isEmpty())
                a.leaseType = LeaseType::Residential;
            else if (auto t = ImportValues::leaseType(v, &why))
                a.leaseType = *t;
            else
                error("lease_type", why);
        }
        if (cRent >= 0) {
            const QString v = ColumnMap::value(f, cRent);
            if (v.isEmpty())
                a.monthlyRent = Money();
            else if (auto m = ImportValues::amount(v, &why); !m)
                error("monthly_rent", why);
            else if (m->isNegative())
                error("monthly_rent", tr("the rent cannot be negative"));
            else
                a.monthlyRent = *m;
        }
        if (cMethod >= 0) {
            const QString v = ColumnMap::value(f, cMethod);
            if (v.isEmpty())
                a.paymentMethod = PaymentMethod::Transfer;
            else if (auto m = ImportValues::paymentMethod(v, &why))
                a.paymentMethod = *m;
            else
                error("payment_method", why);
        }
        if (cStatus >= 0) {
            const QString v = ColumnMap::value(f, cStatus);
            if (v.isEmpty())
                a.status = AccountStatus::Active;
            else if (auto s = ImportValues::status(v, &why))
                a.status = *s;
            else
                error("status", why);
        }
        if (cPlan >= 0) {
            if (auto b = ImportValues::boolean(ColumnMap::value(f, cPlan), &why))
                a.paymentPlan = *b;
            else
                error("payment_plan", why);
        }
        if (cLitigation >= 0) {
            if (auto b = ImportValues::boolean(ColumnMap::value(f, cLitigation), &why))
                a.litigation = *b;
            else
                error("litigation", why);
        }
        if (cProgram >= 0) {
            const QString v = ColumnMap::value(f, cProgram);
            const QString word = ColumnMap::normalise(v);
            if (v.isEmpty() || word == QLatin1String("global") ||
                word == QLatin1String("globale")) {
                a.programMode = ProgramMode::Global;
                a.programId = 0;
                a.programName.clear();
            } else if (word == QLatin1String("none") || word == QLatin1String("aucun")) {
                a.programMode = ProgramMode::None;
                a.programId = 0;
                a.programName.clear();
            } else {
                // A custom program, looked up by name when saved.
                if (a.programMode != ProgramMode::Custom || a.programName != v)
                    a.programId = 0;
                a.programMode = ProgramMode::Custom;
                a.programName = v;
            }
        }
        if (cLanguage >= 0) {
            const QString v = ColumnMap::value(f, cLanguage);
            if (v.isEmpty())
                a.language = QStringLiteral("fr");
            else if (auto l = ImportValues::language(v, &why))
                a.language = *l;
            else
                error("language", why);
        }
        // The recovery path's columns; an account whose file has none of
        // them keeps what was entered in the application.
        const auto recoveryColumns = [&](const QStringList& f, Account& a) {
            if (cLeaseStart >= 0) {
                const QString v = ColumnMap::value(f, cLeaseStart);
                if (v.isEmpty())
                    a.leaseStart = QDate();
                else if (auto d = ImportValues::date(v, &why))
                    a.leaseStart = *d;
                else
                    error("lease_start", why);
            }
            const auto amountColumn = [&](int column, const char* name) -> std::optional<Money> {
                const QString v = ColumnMap::value(f, column);
                if (v.isEmpty())
                    return Money();
                auto m = ImportValues::amount(v, &why);
                if (!m)
                    error(name, why);
                else if (m->isNegative())
                    error(name, tr("the amount cannot be negative"));
                else
                    return m;
                return std::nullopt;
            };
            if (cRentExcl >= 0) {
                if (ColumnMap::value(f, cRentExcl).isEmpty())
                    a.rentExclCharges.reset();
                else if (auto m = amountColumn(cRentExcl, "rent_excl_charges"))
                    a.rentExclCharges = *m;
            }
            if (cAid >= 0)
                if (auto m = amountColumn(cAid, "housing_aid"))
                    a.housingAid = *m;
            if (cAidPayer >= 0) {
                const QString v = ColumnMap::value(f, cAidPayer);
                if (v.isEmpty())
                    a.housingAidPayer = HousingAidPayer::Caf;
                else if (auto p = ImportValues::housingAidPayer(v, &why))
                    a.housingAidPayer = *p;
                else
                    error("housing_aid_payer", why);
            }
            // Empty or absent: the row's guarantor decides (recovery-path.md);
            // absent on an account already set otherwise, the setting stays.
            const QString word = cGuarantee >= 0 ? ColumnMap::value(f, cGuarantee) : QString();
            if (!word.isEmpty()) {
                if (auto g = ImportValues::guarantee(word, &why))
                    a.guarantee = *g;
                else
                    error("guarantee", why);
            } else if (cGuarantee >= 0 || row.isNew || a.guarantee == Guarantee::None) {
                a.guarantee = a.guarantors.isEmpty() ? Guarantee::None : Guarantee::Guarantor;
            }
            if (cGuaranteeRef >= 0)
                a.guaranteeRef = ColumnMap::value(f, cGuaranteeRef);
            // The form's rules on these fields, the same for the file.
            for (const AccountValidator::Problem& p : AccountValidator::checkRecovery(a)) {
                switch (p.field) {
                case AccountValidator::Field::RentExclCharges:
                    error("rent_excl_charges", p.message);
                    break;
                case AccountValidator::Field::HousingAid:
                    error("housing_aid", p.message);
                    break;
                default:
                    error("guarantee_ref", p.message);
                    break;
                }
            }
        };

        Guarantor g;
        g.name = ColumnMap::value(f, cgName);
        g.email = ColumnMap::value(f, cgEmail);
        g.address1 = ColumnMap::value(f, cgAddress1);
        g.address2 = ColumnMap::value(f, cgAddress2);
        g.postalCode = ColumnMap::value(f, cgPostal);
        g.city = ColumnMap::value(f, cgCity);
        const QString gCountry = ColumnMap::value(f, cgCountry).toUpper();
        if (!gCountry.isEmpty())
            g.country = gCountry;
        if (g.name.isEmpty()) {
            if (!QString(g.email + g.address1 + g.address2 + g.postalCode + g.city).isEmpty())
                error("guarantor_name", tr("the guarantor has an address but no name"));
        } else {
            if (!g.email.isEmpty() && !EmailAddress::isValidList(g.email))
                error("guarantor_email", tr("“%1” is not an e-mail address").arg(g.email));
            // The file gives the first guarantor; others added in the
            // application stay.
            if (a.guarantors.isEmpty()) {
                a.guarantors.append(g);
            } else {
                g.id = a.guarantors.first().id;
                a.guarantors.first() = g;
            }
        }
        recoveryColumns(f, a);
        owners.readRow(line, f, a, report);
        if (report.errors.size() == errorsBefore)
            rows.append(std::move(row));

        if (options.progress && ++count % 1000 == 0 &&
            !options.progress(int(reader.position() * 50 / qMax<qint64>(1, reader.size())))) {
            report.cancelled = true;
            return report;
        }
    }
    ColumnMap::finish(reader, report);
    owners.finish(report);

    // What changes: new refs are added, known ones updated when a value
    // differs, the rest left alone (a second import changes nothing).
    QList<Row> changes;
    for (Row& row : rows) {
        if (row.isNew) {
            ++report.added;
            changes.append(row);
        } else if (row.account == existing.value(row.account.ref)) {
            ++report.unchanged;
        } else {
            ++report.updated;
            changes.append(row);
        }
    }
    if (!report.errors.isEmpty()) {
        report.sortByLine();
        return report;
    }
    // Owners first: the accounts name them.
    const QList<Owner> ownerChanges = owners.changes(report);
    if (changes.isEmpty() && ownerChanges.isEmpty())
        return report;

    // Written in one transaction; a dry run goes through it too (so that,
    // for instance, unknown program names are found) and then rolls back.
    bool rowFailed = false;
    int done = 0;
    const Status s = db.write([&](QSqlDatabase& conn) -> Status {
        if (Status written = OwnerImport::writeIn(conn, ownerChanges); !written)
            return written;
        // New accounts on the global program (nearly all of a first import)
        // go in file order through AccountRepository::upsertMany, whose
        // statements are prepared once: saved one by one, preparing each
        // account's statements took 80 % of the import (4.7 s for 20,000).
        QList<Account> batch;
        QList<int> batchLines;
        const auto flush = [&] {
            if (batch.isEmpty())
                return;
            if (Status s = AccountRepository::upsertMany(conn, batch, false); !s) {
                // It stops at the account it could not write: the first
                // without an id.
                qsizetype at = 0;
                while (at + 1 < batch.size() && batch.at(at).id != 0)
                    ++at;
                rowFailed = true;
                report.addError(batchLines.at(at), QString(), s.error());
            }
            batch.clear();
            batchLines.clear();
        };
        for (const Row& row : std::as_const(changes)) {
            if (row.isNew && row.account.programMode != ProgramMode::Custom && !rowFailed) {
                batch.append(row.account);
                batchLines.append(row.line);
            } else {
                flush();
                auto saved = AccountRepository::saveIn(conn, row.account);
                if (!saved) {
                    rowFailed = true;
                    report.addError(row.line,
                                    row.account.programMode == ProgramMode::Custom &&
                                            saved.kind() == ErrorKind::NotFound
                                        ? QStringLiteral("program")
                                        : QString(),
                                    saved.error());
                }
            }
            if (++done % 200 == 0) {
                flush();
                if (options.progress &&
                    !options.progress(50 + int(qint64(done) * 50 / changes.size()))) {
                    report.cancelled = true;
                    return Status::failure(tr("cancelled"));
                }
            }
        }
        flush();
        if (rowFailed)
            return Status::failure(tr("some rows were refused"));
        if (options.dryRun)
            return Status::failure(tr("dry run"));
        QString details = QStringLiteral("%1 added, %2 updated, %3 unchanged")
                              .arg(report.added)
                              .arg(report.updated)
                              .arg(report.unchanged);
        if (!ownerChanges.isEmpty())
            details += QStringLiteral("; owners: %1 added, %2 updated")
                           .arg(report.ownersAdded)
                           .arg(report.ownersUpdated);
        return Database::audit(conn, QStringLiteral("import.accounts"), QStringLiteral("file"),
                               report.fileName, details);
    });
    if (s.ok())
        report.written = true;
    else if (!rowFailed && !report.cancelled && !options.dryRun)
        report.addError(0, {}, s.error());
    report.sortByLine();
    if (options.progress && report.ok())
        options.progress(100);
    return report;
}
