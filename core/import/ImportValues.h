#pragma once

#include "ledger/Account.h"
#include "ledger/LedgerEntry.h"
#include "money/Money.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// Reads the values of import files: dates, amounts, booleans and the value
// words of import-formats.md in English or French, case-insensitive. Each
// returns std::nullopt with a sentence in *error when the text is not valid.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    // YYYY-MM-DD or DD/MM/YYYY.
    static std::optional<QDate> date(const QString& text, QString* error);
    // Every form Money::parse accepts.
    static std::optional<Money> amount(const QString& text, QString* error);
    // 1/0, yes/no, oui/non, true/false; empty is no.
    static std::optional<bool> boolean(const QString& text, QString* error);

    static std::optional<LeaseType> leaseType(const QString& text, QString* error);
    static std::optional<PaymentMethod> paymentMethod(const QString& text, QString* error);
    static std::optional<AccountStatus> status(const QString& text, QString* error);
    // caf or msa.
    static std::optional<HousingAidPayer> housingAidPayer(const QString& text, QString* error);
    // none, guarantor, visale or gli (also « aucune », « caution », « garant »).
    static std::optional<Guarantee> guarantee(const QString& text, QString* error);
    static std::optional<EntryKind> entryKind(const QString& text, QString* error);
    // "fr" or "en" (also "français", "anglais", "french", "english").
    static std::optional<QString> language(const QString& text, QString* error);

    // Fast paths for the values of large files, on a field's trimmed ASCII
    // bytes (CsvReader::asciiTrimmed): the common forms only, each giving
    // what the function above gives for the same text. std::nullopt means
    // « not that form », not « wrong »: read the text with the function
    // above, which also words the error.
    static std::optional<QDate> plainDate(QByteArrayView ascii);        // YYYY-MM-DD
    static std::optional<QDate> plainCompactDate(QByteArrayView ascii); // YYYYMMDD
    static std::optional<Money> plainAmount(QByteArrayView ascii);      // -1234,56 or 1234.5
    static std::optional<EntryKind> plainEntryKind(QByteArrayView ascii);
};
