/*
 * Conditional questions of an evaluation form, hidden and shown live as the person answers.
 *
 * Progressive enhancement only: the server decides which questions count (a hidden question
 * is never required and its answer is dropped), and without this script every question stays
 * on the page with a note saying when to fill it. Markup (templates/evaluation_forms/
 * includes/response_fields.html): a container [data-conditional-questions] holding questions
 * [data-question="<field name>"], the conditional ones with data-condition-source (the field
 * name of the earlier question), data-condition-operator (equals, differs, answered) and
 * data-condition-value. Same rules as evaluation/forms/schema.py (condition_holds).
 */
(function () {
  "use strict";

  function answerOf(container, name) {
    var values = [];
    container.querySelectorAll("input, select, textarea").forEach(function (input) {
      if (input.name !== name || input.disabled) {
        return;
      }
      if (input.type === "radio" || input.type === "checkbox") {
        if (input.checked) {
          values.push(input.value);
        }
      } else if (input.value.trim() !== "") {
        values.push(input.value.trim());
      }
    });
    return values;
  }

  function asNumber(text) {
    var cleaned = String(text).replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) {
      return null;
    }
    return parseFloat(cleaned);
  }

  function matches(values, expected) {
    return values.some(function (value) {
      var number = asNumber(value);
      var expectedNumber = asNumber(expected);
      if (number !== null && expectedNumber !== null) {
        return number === expectedNumber;
      }
      return value.trim().toLowerCase() === expected.trim().toLowerCase();
    });
  }

  function holds(operator, values, expected) {
    if (operator === "answered") {
      return values.length > 0;
    }
    if (values.length === 0) {
      return false;
    }
    var found = matches(values, expected);
    return operator === "equals" ? found : !found;
  }

  function refresh(container) {
    // Document order: a source is always decided before the questions depending on it.
    container.querySelectorAll("[data-question]").forEach(function (question) {
      var source = question.getAttribute("data-condition-source");
      if (!source) {
        return;
      }
      var sourceQuestion = null;
      container.querySelectorAll("[data-question]").forEach(function (candidate) {
        if (candidate.getAttribute("data-question") === source) {
          sourceQuestion = candidate;
        }
      });
      var sourceShown = !sourceQuestion || !sourceQuestion.hidden;
      question.hidden = !(
        sourceShown &&
        holds(
          question.getAttribute("data-condition-operator"),
          answerOf(container, source),
          question.getAttribute("data-condition-value") || ""
        )
      );
    });
  }

  function enhance(container) {
    if (container.hasAttribute("data-conditions-live")) {
      return;
    }
    container.setAttribute("data-conditions-live", "");
    // The note "À remplir seulement si …" is for pages read without this script.
    container.querySelectorAll(".condition-note").forEach(function (note) {
      note.hidden = true;
    });
    refresh(container);
    container.addEventListener("change", function () {
      refresh(container);
    });
    container.addEventListener("input", function () {
      refresh(container);
    });
  }

  function start() {
    document.querySelectorAll("[data-conditional-questions]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
