#include "TextEditorParts.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

namespace TextEditorParts {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TextEditorParts", text);
}
} // namespace

QComboBox* languageBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       const QString& current, const std::function<bool(const QString&)>& switchTo,
                       const std::function<QString()>& shown)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItem(tr("French"), QStringLiteral("fr"));
    box->addItem(tr("English"), QStringLiteral("en"));
    box->setCurrentIndex(box->findData(current));
    QObject::connect(box, &QComboBox::currentIndexChanged, box, [box, switchTo, shown](int index) {
        if (!switchTo(box->itemData(index).toString())) {
            const QSignalBlocker block(box);
            box->setCurrentIndex(box->findData(shown()));
        }
    });
    return box;
}

QLabel* problemLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    return label;
}

QDialogButtonBox* saveButtons(QDialog* dialog, const QString& restoreObjectName,
                              const std::function<void()>& restore,
                              const std::function<bool()>& save)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    QPushButton* restoreButton =
        buttons->addButton(tr("Restore the default text"), QDialogButtonBox::ResetRole);
    restoreButton->setObjectName(restoreObjectName);
    QObject::connect(restoreButton, &QPushButton::clicked, dialog, [restore] { restore(); });
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [dialog, save] {
        if (save())
            dialog->accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace TextEditorParts
