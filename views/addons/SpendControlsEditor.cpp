#include "views/addons/SpendControlsEditor.h"

#include "models/ApiError.h"
#include "views/common/FormField.h"
#include "views/style/Style.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <cmath>

namespace views {

using namespace contract::prepaid;

SpendControlsEditor::SpendControlsEditor(const QString &objectPrefix, const QString &currency,
                                         QWidget *parent)
    : QWidget(parent)
    , m_currency(currency)
    , m_scale(std::pow(10.0, contract::minorDigits(currency)))
{
    m_international = createRule(objectPrefix + QStringLiteral("International"), tr("International calls"));
    m_premium = createRule(objectPrefix + QStringLiteral("Premium"), tr("Premium-rate calls"));
    // Each rule on a row, its kind and its limit labelled above their inputs: both labels on
    // one line and both inputs on the next, in the same two columns for both rules.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(style::space::Medium);
    layout->setVerticalSpacing(style::space::XSmall);
    int row = 0;
    for (const RuleInputs *inputs : {&m_international, &m_premium}) {
        layout->addWidget(inputs->modeField, row, 0, Qt::AlignTop);
        layout->addWidget(inputs->capField, row, 1, Qt::AlignTop);
        ++row;
    }
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

SpendControlsEditor::RuleInputs SpendControlsEditor::createRule(const QString &objectName,
                                                                const QString &label)
{
    RuleInputs inputs;
    inputs.mode = new QComboBox(this);
    inputs.mode->setObjectName(objectName + QStringLiteral("ModeComboBox"));
    inputs.mode->setAccessibleName(label);
    inputs.mode->addItem(tr("Allowed"), int(SpendMode::Allowed));
    inputs.mode->addItem(tr("Not allowed"), int(SpendMode::Blocked));
    inputs.mode->addItem(tr("Up to a monthly amount"), int(SpendMode::Capped));
    inputs.cap = new QDoubleSpinBox(this);
    inputs.cap->setObjectName(objectName + QStringLiteral("CapSpinBox"));
    inputs.cap->setDecimals(contract::minorDigits(m_currency));
    inputs.cap->setMinimum(1 / m_scale);
    inputs.cap->setMaximum(double(MaxMonthlyCapMinor) / m_scale);
    inputs.cap->setSuffix(QLatin1Char(' ') + m_currency);
    inputs.modeField = new FormField(label, inputs.mode, this);
    inputs.capField = new FormField(tr("Monthly limit"), inputs.cap, this);
    inputs.capField->setEnabled(false);
    const QComboBox *mode = inputs.mode;
    FormField *capField = inputs.capField;
    connect(inputs.mode, &QComboBox::currentIndexChanged, this, [this, mode, capField] {
        capField->setEnabled(SpendMode(mode->currentData().toInt()) == SpendMode::Capped);
        emit edited();
    });
    connect(inputs.cap, &QDoubleSpinBox::valueChanged, this, &SpendControlsEditor::edited);
    return inputs;
}

void SpendControlsEditor::setRule(const RuleInputs &inputs, const SpendRule &rule)
{
    inputs.mode->setCurrentIndex(inputs.mode->findData(int(rule.mode)));
    if (rule.mode == SpendMode::Capped)
        inputs.cap->setValue(double(rule.capMinor) / m_scale);
    inputs.capField->setEnabled(rule.mode == SpendMode::Capped);
}

SpendRule SpendControlsEditor::rule(const RuleInputs &inputs) const
{
    const auto mode = SpendMode(inputs.mode->currentData().toInt());
    return {mode, mode == SpendMode::Capped ? qRound64(inputs.cap->value() * m_scale) : 0};
}

void SpendControlsEditor::setControls(const SpendControls &controls)
{
    const QSignalBlocker international(m_international.mode);
    const QSignalBlocker premium(m_premium.mode);
    setRule(m_international, controls.international);
    setRule(m_premium, controls.premium);
    showErrors(nullptr);
}

SpendControls SpendControlsEditor::controls() const
{
    return {rule(m_international), rule(m_premium)};
}

void SpendControlsEditor::showErrors(const models::ApiError *error)
{
    m_international.capField->setError(error ? error->fieldMessage(QStringLiteral("international.capMinor"))
                                             : QString());
    m_premium.capField->setError(error ? error->fieldMessage(QStringLiteral("premium.capMinor")) : QString());
}

} // namespace views
