#pragma once

#include <QString>

#include <functional>

class QComboBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QWidget;

// The parts the dialogs that edit one agency text per language share (the
// cover letter, the payment plan's agreement, the landlords' e-mail): the
// language choice, the line that says what is wrong, and Save / Cancel /
// « Restore the default text ».
namespace TextEditorParts {

// « French / English », set on `current`. `switchTo` shows the other
// language's text; when it refuses (the user keeps unsaved changes), the
// choice goes back to `shown()`.
QComboBox* languageBox(QWidget* parent, const QString& objectName, const QString& accessibleName,
                       const QString& current, const std::function<bool(const QString&)>& switchTo,
                       const std::function<QString()>& shown);

// An empty red line, word-wrapped, under the text.
QLabel* problemLabel(QWidget* parent, const QString& objectName);

// Save (closes the dialog when `save` succeeds), Cancel, and « Restore the
// default text » (named `restoreObjectName`) calling `restore`.
QDialogButtonBox* saveButtons(QDialog* dialog, const QString& restoreObjectName,
                              const std::function<void()>& restore,
                              const std::function<bool()>& save);

} // namespace TextEditorParts
