# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'header_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_HeaderForm(object):
    def setupUi(self, HeaderForm):
        if not HeaderForm.objectName():
            HeaderForm.setObjectName(u"HeaderForm")
        HeaderForm.resize(900, 600)
        self.grid = QGridLayout(HeaderForm)
        self.grid.setObjectName(u"grid")
        self.issuerGroup = QGroupBox(HeaderForm)
        self.issuerGroup.setObjectName(u"issuerGroup")
        self.issuerLayout = QFormLayout(self.issuerGroup)
        self.issuerLayout.setObjectName(u"issuerLayout")
        self.issuerLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.issuerParentLabel = QLabel(self.issuerGroup)
        self.issuerParentLabel.setObjectName(u"issuerParentLabel")

        self.issuerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.issuerParentLabel)

        self.issuerParentEdit = QLineEdit(self.issuerGroup)
        self.issuerParentEdit.setObjectName(u"issuerParentEdit")

        self.issuerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.issuerParentEdit)

        self.issuerLabel = QLabel(self.issuerGroup)
        self.issuerLabel.setObjectName(u"issuerLabel")

        self.issuerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuerLabel)

        self.issuerEdit = QLineEdit(self.issuerGroup)
        self.issuerEdit.setObjectName(u"issuerEdit")

        self.issuerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuerEdit)

        self.issuerShortLabel = QLabel(self.issuerGroup)
        self.issuerShortLabel.setObjectName(u"issuerShortLabel")

        self.issuerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.issuerShortLabel)

        self.issuerShortEdit = QLineEdit(self.issuerGroup)
        self.issuerShortEdit.setObjectName(u"issuerShortEdit")

        self.issuerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuerShortEdit)

        self.placeLabel = QLabel(self.issuerGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.issuerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.issuerGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.issuerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)


        self.grid.addWidget(self.issuerGroup, 0, 0, 1, 1)

        self.documentGroup = QGroupBox(HeaderForm)
        self.documentGroup.setObjectName(u"documentGroup")
        self.documentLayout = QFormLayout(self.documentGroup)
        self.documentLayout.setObjectName(u"documentLayout")
        self.documentLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.docTypeLabel = QLabel(self.documentGroup)
        self.docTypeLabel.setObjectName(u"docTypeLabel")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.docTypeLabel)

        self.docTypeCombo = QComboBox(self.documentGroup)
        self.docTypeCombo.setObjectName(u"docTypeCombo")

        self.documentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.docTypeCombo)

        self.numberLabel = QLabel(self.documentGroup)
        self.numberLabel.setObjectName(u"numberLabel")

        self.documentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.documentGroup)
        self.numberEdit.setObjectName(u"numberEdit")

        self.documentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.symbolLabel = QLabel(self.documentGroup)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.documentGroup)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.documentLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.issuedOnLabel = QLabel(self.documentGroup)
        self.issuedOnLabel.setObjectName(u"issuedOnLabel")

        self.documentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.issuedOnLabel)

        self.issuedOnEdit = QLineEdit(self.documentGroup)
        self.issuedOnEdit.setObjectName(u"issuedOnEdit")

        self.documentLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.issuedOnEdit)

        self.titleLabel = QLabel(self.documentGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.documentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.documentGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.documentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(self.documentGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.documentLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.documentGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.documentLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.startYearLabel = QLabel(self.documentGroup)
        self.startYearLabel.setObjectName(u"startYearLabel")

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startYearLabel)

        self.startYearSpin = QSpinBox(self.documentGroup)
        self.startYearSpin.setObjectName(u"startYearSpin")
        self.startYearSpin.setMinimum(2000)
        self.startYearSpin.setMaximum(2100)

        self.documentLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.startYearSpin)

        self.endYearLabel = QLabel(self.documentGroup)
        self.endYearLabel.setObjectName(u"endYearLabel")

        self.documentLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.endYearLabel)

        self.endYearSpin = QSpinBox(self.documentGroup)
        self.endYearSpin.setObjectName(u"endYearSpin")
        self.endYearSpin.setMinimum(2000)
        self.endYearSpin.setMaximum(2100)

        self.documentLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.endYearSpin)

        self.authorityLineLabel = QLabel(self.documentGroup)
        self.authorityLineLabel.setObjectName(u"authorityLineLabel")

        self.documentLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.authorityLineLabel)

        self.authorityLineEdit = QLineEdit(self.documentGroup)
        self.authorityLineEdit.setObjectName(u"authorityLineEdit")

        self.documentLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.authorityLineEdit)


        self.grid.addWidget(self.documentGroup, 0, 1, 2, 1)

        self.signerGroup = QGroupBox(HeaderForm)
        self.signerGroup.setObjectName(u"signerGroup")
        self.signerLayout = QFormLayout(self.signerGroup)
        self.signerLayout.setObjectName(u"signerLayout")
        self.signerLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.authorityLabel = QLabel(self.signerGroup)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityCombo = QComboBox(self.signerGroup)
        self.authorityCombo.setObjectName(u"authorityCombo")

        self.signerLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authorityCombo)

        self.authorityOfLabel = QLabel(self.signerGroup)
        self.authorityOfLabel.setObjectName(u"authorityOfLabel")

        self.signerLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityOfLabel)

        self.authorityOfEdit = QLineEdit(self.signerGroup)
        self.authorityOfEdit.setObjectName(u"authorityOfEdit")

        self.signerLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityOfEdit)

        self.signerTitleLabel = QLabel(self.signerGroup)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.signerLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.signerGroup)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.signerLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.signerGroup)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.signerLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.signerGroup)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.signerLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.grid.addWidget(self.signerGroup, 1, 0, 1, 1)

        self.recipientsGroup = QGroupBox(HeaderForm)
        self.recipientsGroup.setObjectName(u"recipientsGroup")
        self.recipientsLayout = QVBoxLayout(self.recipientsGroup)
        self.recipientsLayout.setObjectName(u"recipientsLayout")
        self.recipientsEdit = QPlainTextEdit(self.recipientsGroup)
        self.recipientsEdit.setObjectName(u"recipientsEdit")
        self.recipientsEdit.setTabChangesFocus(True)

        self.recipientsLayout.addWidget(self.recipientsEdit)


        self.grid.addWidget(self.recipientsGroup, 2, 0, 1, 2)

        self.printedPreview = QLabel(HeaderForm)
        self.printedPreview.setObjectName(u"printedPreview")
        self.printedPreview.setTextFormat(Qt.RichText)
        self.printedPreview.setWordWrap(True)

        self.grid.addWidget(self.printedPreview, 3, 0, 1, 2)

#if QT_CONFIG(shortcut)
        self.issuerParentLabel.setBuddy(self.issuerParentEdit)
        self.issuerLabel.setBuddy(self.issuerEdit)
        self.issuerShortLabel.setBuddy(self.issuerShortEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.docTypeLabel.setBuddy(self.docTypeCombo)
        self.numberLabel.setBuddy(self.numberEdit)
        self.symbolLabel.setBuddy(self.symbolEdit)
        self.issuedOnLabel.setBuddy(self.issuedOnEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.startYearLabel.setBuddy(self.startYearSpin)
        self.endYearLabel.setBuddy(self.endYearSpin)
        self.authorityLineLabel.setBuddy(self.authorityLineEdit)
        self.authorityLabel.setBuddy(self.authorityCombo)
        self.authorityOfLabel.setBuddy(self.authorityOfEdit)
        self.signerTitleLabel.setBuddy(self.signerTitleEdit)
        self.signerNameLabel.setBuddy(self.signerNameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.issuerParentEdit, self.issuerEdit)
        QWidget.setTabOrder(self.issuerEdit, self.issuerShortEdit)
        QWidget.setTabOrder(self.issuerShortEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.docTypeCombo)
        QWidget.setTabOrder(self.docTypeCombo, self.numberEdit)
        QWidget.setTabOrder(self.numberEdit, self.symbolEdit)
        QWidget.setTabOrder(self.symbolEdit, self.issuedOnEdit)
        QWidget.setTabOrder(self.issuedOnEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.startYearSpin)
        QWidget.setTabOrder(self.startYearSpin, self.endYearSpin)
        QWidget.setTabOrder(self.endYearSpin, self.authorityLineEdit)
        QWidget.setTabOrder(self.authorityLineEdit, self.authorityCombo)
        QWidget.setTabOrder(self.authorityCombo, self.authorityOfEdit)
        QWidget.setTabOrder(self.authorityOfEdit, self.signerTitleEdit)
        QWidget.setTabOrder(self.signerTitleEdit, self.signerNameEdit)
        QWidget.setTabOrder(self.signerNameEdit, self.recipientsEdit)

        self.retranslateUi(HeaderForm)

        QMetaObject.connectSlotsByName(HeaderForm)
    # setupUi

    def retranslateUi(self, HeaderForm):
        self.issuerGroup.setTitle(QCoreApplication.translate("HeaderForm", u"C\u01a1 quan ban h\u00e0nh", None))
        self.issuerParentLabel.setText(QCoreApplication.translate("HeaderForm", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.issuerLabel.setText(QCoreApplication.translate("HeaderForm", u"C\u01a1 quan ban h\u00e0nh:", None))
        self.issuerShortLabel.setText(QCoreApplication.translate("HeaderForm", u"T\u00ean d\u00f9ng trong c\u00e2u:", None))
        self.placeLabel.setText(QCoreApplication.translate("HeaderForm", u"\u0110\u1ecba danh:", None))
        self.documentGroup.setTitle(QCoreApplication.translate("HeaderForm", u"V\u0103n b\u1ea3n", None))
        self.docTypeLabel.setText(QCoreApplication.translate("HeaderForm", u"Lo\u1ea1i v\u0103n b\u1ea3n:", None))
        self.numberLabel.setText(QCoreApplication.translate("HeaderForm", u"S\u1ed1:", None))
        self.symbolLabel.setText(QCoreApplication.translate("HeaderForm", u"K\u00fd hi\u1ec7u:", None))
        self.issuedOnLabel.setText(QCoreApplication.translate("HeaderForm", u"Ng\u00e0y ban h\u00e0nh:", None))
        self.titleLabel.setText(QCoreApplication.translate("HeaderForm", u"Tr\u00edch y\u1ebfu:", None))
        self.kindLabel.setText(QCoreApplication.translate("HeaderForm", u"Lo\u1ea1i k\u1ebf ho\u1ea1ch:", None))
        self.startYearLabel.setText(QCoreApplication.translate("HeaderForm", u"T\u1eeb n\u0103m:", None))
        self.endYearLabel.setText(QCoreApplication.translate("HeaderForm", u"\u0110\u1ebfn n\u0103m:", None))
        self.authorityLineLabel.setText(QCoreApplication.translate("HeaderForm", u"D\u00f2ng th\u1ea9m quy\u1ec1n:", None))
        self.signerGroup.setTitle(QCoreApplication.translate("HeaderForm", u"Ng\u01b0\u1eddi k\u00fd", None))
        self.authorityLabel.setText(QCoreApplication.translate("HeaderForm", u"Quy\u1ec1n h\u1ea1n k\u00fd:", None))
        self.authorityOfLabel.setText(QCoreApplication.translate("HeaderForm", u"K\u00fd thay cho:", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("HeaderForm", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerNameLabel.setText(QCoreApplication.translate("HeaderForm", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.recipientsGroup.setTitle(QCoreApplication.translate("HeaderForm", u"N\u01a1i nh\u1eadn (m\u1ed7i d\u00f2ng m\u1ed9t n\u01a1i)", None))
        pass
    # retranslateUi

