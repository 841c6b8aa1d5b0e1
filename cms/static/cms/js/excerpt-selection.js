/*
 * Coding workspace (admin): selecting a passage of the answer's text fills the « Passage à
 * coder » field, and the « Occurrence n° » field with which occurrence of that passage was
 * selected. Progressive enhancement: without this script the passage is pasted or typed, and
 * the server finds it the same way (white space, apostrophes and case aside).
 */
(function () {
    "use strict";

    var APOSTROPHES = "'\u2019\u2018\u02bc";

    function escapeChar(character) {
        if (APOSTROPHES.indexOf(character) !== -1) {
            return "['\u2019\u2018\u02bc]";
        }
        return character.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    }

    /* The same pattern as evaluation.coding.selectors.passage_pattern. */
    function passagePattern(passage) {
        var words = passage.split(/\s+/).filter(Boolean);
        if (!words.length) {
            return null;
        }
        var parts = words.map(function (word) {
            return Array.from(word).map(escapeChar).join("");
        });
        return new RegExp(parts.join("\\s+"), "giu");
    }

    /* Number of characters of `container`'s text before (node, offset). */
    function offsetWithin(container, node, offset) {
        var range = document.createRange();
        range.selectNodeContents(container);
        range.setEnd(node, offset);
        return range.toString().length;
    }

    function occurrenceAt(text, passage, start) {
        var pattern = passagePattern(passage);
        if (!pattern) {
            return 1;
        }
        var number = 0;
        var match = pattern.exec(text);
        while (match !== null && match.index <= start) {
            number += 1;
            if (match[0].length === 0) {
                pattern.lastIndex += 1;
            }
            match = pattern.exec(text);
        }
        return Math.max(number, 1);
    }

    function init() {
        var answer = document.getElementById("texte-reponse");
        if (!answer || !window.getSelection || !document.createRange) {
            return;
        }
        var passageField = document.getElementById(answer.dataset.passageField);
        var occurrenceField = document.getElementById(answer.dataset.occurrenceField);
        var status = document.getElementById(answer.dataset.status);
        if (!passageField) {
            return;
        }
        var pending = null;

        function fillFromSelection() {
            var selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
                return;
            }
            var range = selection.getRangeAt(0);
            if (!answer.contains(range.startContainer) || !answer.contains(range.endContainer)) {
                return;
            }
            var selected = range.toString();
            var passage = selected.trim();
            if (!passage) {
                return;
            }
            var leading = selected.length - selected.replace(/^\s+/, "").length;
            var start = offsetWithin(answer, range.startContainer, range.startOffset) + leading;
            passageField.value = passage;
            var occurrence = occurrenceAt(answer.textContent, passage, start);
            if (occurrenceField) {
                occurrenceField.value = String(occurrence);
            }
            if (status) {
                status.textContent = status.dataset.filled || "";
            }
        }

        document.addEventListener("selectionchange", function () {
            window.clearTimeout(pending);
            pending = window.setTimeout(fillFromSelection, 200);
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
