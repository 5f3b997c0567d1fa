#pragma once

#include "TemplateBodyHtml.h"
#include "letters/AgencyIdentity.h"
#include "letters/EnvelopeWindow.h"
#include "letters/LetterContent.h"
#include "letters/LetterTemplate.h"
#include "letters/TemplateEngine.h"
#include "reminders/Level.h"
#include "util/Result.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTabWidget;
class QTextEdit;
class TemplateTextEdit;
class QTimer;
class QToolBar;
class QToolButton;

// Edits one letter template of a level: name, language, default flag, the
// subject (the letter's « Objet » and the e-mail's subject), the letter body
// as rich text, and the e-mail's plain-text body. Every change is checked
// with TemplateEngine::check (the same check as saving and printing) and a
// fault is shown under its part with its line and column; Save stays
// disabled meanwhile. A preview beside it draws the letter of a sample
// account through LetterComposer and LetterRenderer, the code that prints.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // The title of the « Insert a field » submenu of a field prefix
    // (agency, account, …, plan; items for the unpaid items).
    static QString fieldGroupTitle(const QString& prefix);

    // Saves the template (setting its id on creation); a failure is shown
    // in the dialog, which stays open.
    using SaveHandler = std::function<Status(LetterTemplate&)>;

    // `window`: where the agency's envelopes show the address, so that the
    // preview places it as the printed letter will.
    TemplateEditorDialog(const LetterTemplate& letterTemplate, const Level& level,
                         const AgencyIdentity& agency, const EnvelopeWindow& window = {},
                         QWidget* parent = nullptr);
    ~TemplateEditorDialog() override;

    void setSaveHandler(SaveHandler handler) { m_save = std::move(handler); }

    // The template as the editor holds it now.
    LetterTemplate letterTemplate() const;
    // Every fault shown now (empty when the template can be saved).
    QStringList visibleProblems() const;
    bool canSave() const;

    QMenu* insertFieldMenu() const { return m_fieldMenu; }
    TemplateTextEdit* bodyEditor() const { return m_body; }
    TemplateTextEdit* emailBodyEditor() const { return m_emailBody; }
    // The letter the preview draws (the last valid state of the template).
    const LetterContent& previewContent() const { return m_preview; }
    // How many times the preview was drawn (tests wait for it to change).
    int previewRenderCount() const { return m_renderCount; }
    // Draws the preview now instead of after the typing pause.
    void refreshPreviewNow();

signals:
    // « Send test to agency… »: the page asks for an account and sends it.
    void testRequested();

public slots:
    void accept() override;

private:
    QWidget* buildLetterTab();
    QWidget* buildEmailTab();
    QWidget* buildPreview();
    void buildFieldMenu();
    QLabel* errorLabel(const QString& objectName);
    void insertField(const QString& text, bool wrapsSelection);
    void loadBody(const QString& html);
    void checkAll();
    void composePreview();
    void paintPreview(QPrinter* printer);
    void updateFormatActions();
    void markBodyError(const std::optional<TemplateError>& error);

    LetterTemplate m_original;
    Level m_level;
    AgencyIdentity m_agency;
    EnvelopeWindow m_window;
    SaveHandler m_save;

    QLineEdit* m_name = nullptr;
    QComboBox* m_language = nullptr;
    QCheckBox* m_default = nullptr;
    QLineEdit* m_subject = nullptr;
    QToolBar* m_toolbar = nullptr;
    QToolButton* m_fieldButton = nullptr;
    QMenu* m_fieldMenu = nullptr;
    TemplateTextEdit* m_body = nullptr;
    TemplateTextEdit* m_emailBody = nullptr;
    QTabWidget* m_editTabs = nullptr;
    QLabel* m_nameError = nullptr;
    QLabel* m_subjectError = nullptr;
    QLabel* m_bodyError = nullptr;
    QLabel* m_emailBodyError = nullptr;
    QLabel* m_saveError = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QAction* m_bold = nullptr;
    QAction* m_italic = nullptr;
    QAction* m_underline = nullptr;
    QPrintPreviewWidget* m_previewWidget = nullptr;
    QPlainTextEdit* m_emailPreview = nullptr;
    QTimer* m_previewTimer = nullptr;
    // The editor the « Insert field » menu writes into: the last one used.
    QPointer<QWidget> m_target;
    QMetaObject::Connection m_focusConnection; // which editor « Insert field » writes to

    TemplateBodyHtml::Output m_bodyHtml;
    LetterContent m_preview;
    bool m_hasError = false;
    int m_renderCount = 0;
};
