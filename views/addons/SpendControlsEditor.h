#pragma once
// The two rules of the prepaid controls (issue 15), international and premium-rate calls: each
// allowed, not allowed or up to an amount a month. Used for an extension and for the company's
// default; it only edits values, its owner loads and saves them.

#include "contract/PrepaidControls.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace models {
class ApiError;
}

namespace views {

class FormField;

class SpendControlsEditor : public QWidget
{
    Q_OBJECT

public:
    // `objectPrefix` names the inputs ("extension" → "extensionInternationalModeComboBox"…).
    SpendControlsEditor(const QString &objectPrefix, const QString &currency, QWidget *parent = nullptr);

    void setControls(const contract::prepaid::SpendControls &controls);
    contract::prepaid::SpendControls controls() const;
    // Field errors of a refused save next to their inputs; empty clears them.
    void showErrors(const models::ApiError *error);

signals:
    void edited();

private:
    struct RuleInputs {
        QComboBox *mode = nullptr;
        FormField *modeField = nullptr;
        QDoubleSpinBox *cap = nullptr;
        FormField *capField = nullptr;
    };
    RuleInputs createRule(const QString &objectName, const QString &label);
    void setRule(const RuleInputs &inputs, const contract::prepaid::SpendRule &rule);
    contract::prepaid::SpendRule rule(const RuleInputs &inputs) const;

    QString m_currency;
    double m_scale = 100;
    RuleInputs m_international;
    RuleInputs m_premium;
};

} // namespace views
