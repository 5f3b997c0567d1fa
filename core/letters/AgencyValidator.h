#pragma once

#include "AgencyIdentity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What makes the agency's identity fit to print on every letter: a name, an
// address La Poste delivers to, an e-mail address a server accepts, a SIRET
// of 14 digits. The address and e-mail rules are the accounts' own
// (AccountValidator), so an agency and a tenant are held to the same ones.
class AgencyValidator
{
    Q_DECLARE_TR_FUNCTIONS(AgencyValidator)

public:
    enum class Field
    {
        Name,
        PostalCode,
        City,
        Country,
        Email,
        Siret,
    };
    struct Problem
    {
        Field field;
        QString message;
    };

    static QList<Problem> check(const AgencyIdentity& agency);
    // The digits of a SIRET without the spaces people type between groups
    // ("123 456 789 00012"): what the 14-digit rule checks.
    static QString normalizedSiret(const QString& siret);
    // The SIRET as it is saved and printed: « 123 456 789 00012 » (SIREN in
    // groups of three, then the 5-digit NIC) when it has 14 digits, else as
    // typed (the validator says what is wrong with it).
    static QString formattedSiret(const QString& siret);
};
