import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Samen
import Samen.Core

// "Take your plan with you" on the My data page (issue 15): save the whole plan as one FHIR
// file (a save dialog on desktop) and check a file to bring a plan back. What happened is said
// in a banner; the work is done by FhirController (docs/fhir.md).
ColumnLayout {
    id: section

    property alias controller: fhir
    property alias saveDialog: saveDialog
    property alias openDialog: openDialog

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
    FileDialog {
        id: openDialog

        title: qsTr("Choose a file with a plan")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("FHIR files (*.json)")]
        onAccepted: fhir.importFrom(selectedFile)
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Take your plan with you")
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.Wrap
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
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

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
            id: importButton

            objectName: "fhirImportButton"
            primary: false
            text: qsTr("Bring back a plan from a file")
            Accessible.description: qsTr("Opens a window to choose the file")
            onClicked: {
                fhir.clear();
                openDialog.open();
            }
        }
    }
    Banner {
        objectName: "fhirStatus"
        Layout.fillWidth: true
        text: fhir.error.length > 0 ? fhir.error : fhir.status
        positive: fhir.error.length === 0
        onDismissed: fhir.clear()
    }
}
