#pragma once

#include <QByteArray>
#include <QString>

// The agency as its letters present it: letterhead, signature and the legal
// identity of the footer (the one `agency` row).
struct AgencyIdentity
{
    QString name;
    QString address1;
    QString address2;
    QString postalCode;
    QString city;
    QString country = QStringLiteral("FR");
    QString phone;
    QString email;
    QString website;
    QString siret;
    QString professionalCard; // « carte professionnelle » (loi Hoguet)
    QString legalFooter;      // free text under the identity (guarantee fund, RCS…)
    QString signatory;        // the name under the signature
    QByteArray logoPng;       // empty: no logo
    QByteArray signaturePng;  // empty: no scanned signature

    bool operator==(const AgencyIdentity&) const = default;
};
