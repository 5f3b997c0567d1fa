#include "LetterWords.h"

#include <QLatin1String>

const LetterWords& LetterWords::forLanguage(const QString& language)
{
    static const LetterWords fr{QStringLiteral("Objet\u00a0: "),
                                QStringLiteral("Lettre recommandée avec accusé de réception"),
                                QStringLiteral("Réf.\u00a0: "),
                                QStringLiteral("Échéance"),
                                QStringLiteral("Libellé"),
                                QStringLiteral("Montant"),
                                QStringLiteral("Reste dû"),
                                QStringLiteral("Total dû"),
                                QStringLiteral("SIRET"),
                                QStringLiteral("Carte professionnelle n°\u00a0"),
                                QStringLiteral("Mensualité"),
                                QStringLiteral("Reste dû après paiement"),
                                QStringLiteral("Total")};
    static const LetterWords en{QStringLiteral("Subject: "),
                                QStringLiteral("Registered letter with acknowledgement of receipt"),
                                QStringLiteral("Ref.: "),
                                QStringLiteral("Due date"),
                                QStringLiteral("Item"),
                                QStringLiteral("Amount"),
                                QStringLiteral("Still owed"),
                                QStringLiteral("Total owed"),
                                QStringLiteral("SIRET"),
                                QStringLiteral("Professional card no. "),
                                QStringLiteral("Instalment"),
                                QStringLiteral("Still owed once paid"),
                                QStringLiteral("Total")};
    return language == QLatin1String("en") ? en : fr;
}
