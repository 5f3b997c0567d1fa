#pragma once

#include <QString>

// The fixed words of a letter follow the letter's language (the tenant's),
// not the language of whoever prints it: they are part of the letter like
// the template's text, so they are not tr() strings.
struct LetterWords
{
    QString subject, registered, reference, dueDate, label, amount, remaining, total, siret, card;
    // The payment plan's schedule table.
    QString instalment, owedAfter, scheduleTotal;

    // French unless `language` is "en".
    static const LetterWords& forLanguage(const QString& language);
};
