import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.Core

// "Take your plan with you" on the My data page (issue 15): save the whole plan as one FHIR
// file (a save dialog; on a phone also "send to another app": saved in the documents folder,
// which then opens, as Qt 6.4 offers no share sheet on Linux); what happened is said in a banner; the work is done by
// FhirController (docs/fhir.md). A plan is brought back from a file on the first-run page
// (ImportPlanPage): a device keeps one plan, so here the page only says where and why.
ColumnLayout {
    id: section

    property alias controller: fhir
    property alias saveDialog: saveDialog
    // On a phone the file can also go straight to another app (FhirController::sendOn).
    property bool phone: false

    spacing: Theme.spacingSmall

    FhirController {
        id: fhir

        plan: Session.plan
    }
    FileDialog {
        id: saveDialog

        title: qsTr("Save your plan as a file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("FHIR files (*.json)")]
        onAccepted: fhir.exportTo(selectedFile)
    }
    // The same heading as the page's other two sections ("See everything", "Erase my plan"; review 2, finding 23).
    FieldLabel {
        text: qsTr("Take your plan with you")
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Save everything in your plan in one file, in the standard format that care organisations use (FHIR). You can bring the plan back from that file on a device without a plan.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    ButtonFlow {
        Layout.fillWidth: true

        SamenButton {
            id: exportButton

            objectName: "fhirExportButton"
            text: qsTr("Save my plan as a file")
            Accessible.description: qsTr("Opens a window to choose where the file goes")
            onClicked: {
                fhir.clear();
                saveDialog.selectedFile = saveDialog.currentFolder + "/" + fhir.suggestedName;
                saveDialog.open();
            }
        }
        SamenButton {
            objectName: "fhirSendButton"
            visible: section.phone
            text: qsTr("Send my plan to another app")
            primary: false
            Accessible.description: qsTr("Saves the file in your documents folder and opens that folder, to send the file from there")
            onClicked: {
                fhir.clear();
                fhir.sendOn();
            }
        }
    }
    Label {
        objectName: "fhirImportNote"
        Layout.fillWidth: true
        text: qsTr("To bring back a plan from such a file, open Samen on a device without a plan and choose \"I have a file of my plan\" on the first page. A device keeps one plan, so a file never replaces the plan on this device.")
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
    Banner {
        objectName: "fhirStatus"
        Layout.fillWidth: true
        text: fhir.error.length > 0 ? fhir.error : fhir.status
        positive: fhir.error.length === 0
        onDismissed: fhir.clear()
    }
}
