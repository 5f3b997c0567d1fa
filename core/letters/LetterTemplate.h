#pragma once

#include <QDateTime>
#include <QString>

// A letter template (« modèle de courrier ») of one level in one language:
// the letter body (rich text with merge fields), and the subject and body of
// the e-mail. The subject is also the letter's « Objet ».
struct LetterTemplate
{
    qint64 id = 0;
    qint64 levelId = 0;
    QString name;
    QString language = QStringLiteral("fr"); // "fr" or "en"
    bool isDefault = false;                  // one default per level and language
    QString body;                            // HTML subset with {{fields}}
    QString emailSubject;                    // plain text with {{fields}}
    QString emailBody;                       // plain text with {{fields}}
    QDateTime updatedAt;

    bool operator==(const LetterTemplate&) const = default;
};
