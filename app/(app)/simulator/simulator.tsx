"use client";

import { useState, useTransition } from "react";
import { loadPolicyCaseAction } from "@/app/actions/policy/load-policy-case-action";
import { simulatePolicyAction } from "@/app/actions/policy/simulate-policy-action";
import type { PolicyResult } from "@/lib/policy";
import { AccountSection, RequestSection } from "./request-section";
import { CalendarOverrideSection } from "./calendar-override-section";
import type { CaseForm } from "./case-form-model";
import { formToCase } from "./form-to-case";
import { caseToForm, defaultForm } from "./case-form-defaults";
import { JsonEditor } from "./json-editor";
import { LoadRequestForm } from "./load-request-form";
import { OrderSection } from "./order-section";
import { ResultPanel } from "./result-panel";

type Errors = Record<string, string[]>;
type Evaluated = { result: PolicyResult; now: string; savedCalendarUsed: boolean };

const caseJson = (form: CaseForm) => JSON.stringify(formToCase(form).policyCase, null, 2);

/** The policy simulator: a case in, the engine's full result out. Nothing is stored. */
export function Simulator({ initialNow, timeZones }: { initialNow: string; timeZones: string[] }) {
  const [form, setForm] = useState(() => defaultForm(initialNow));
  const [jsonText, setJsonText] = useState(() => caseJson(defaultForm(initialNow)));
  const [evaluated, setEvaluated] = useState<Evaluated | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [loadErrors, setLoadErrors] = useState<string[] | undefined>();
  const [loadedRef, setLoadedRef] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  // The JSON follows every form edit, so the two never disagree about the case.
  const changeForm = (next: CaseForm) => {
    setForm(next);
    setJsonText(caseJson(next));
  };

  const run = (input: { case: unknown } | { json: string }, fromJson: boolean) =>
    startTransition(async () => {
      const res = await simulatePolicyAction(input);
      if (!res.ok) {
        setErrors(res.fieldErrors ?? {});
        setMessage(res.message);
        // A result shown beside errors would look like the answer to the case just typed.
        setEvaluated(null);
        return;
      }
      setErrors({});
      setMessage(null);
      setEvaluated({
        result: res.data.result,
        now: res.data.case.now,
        savedCalendarUsed: res.data.savedCalendarUsed,
      });
      // Keep the typed JSON as is (it may hold milliseconds the form drops); show its facts in the form.
      if (fromJson) setForm((previous) => caseToForm(res.data.case, previous));
    });

  const evaluateForm = () => {
    const { policyCase, errors: local } = formToCase(form);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setMessage("Please correct the highlighted fields.");
      return;
    }
    run({ case: policyCase }, false);
  };

  const load = (ref: string) =>
    startTransition(async () => {
      const res = await loadPolicyCaseAction({ ref });
      if (!res.ok) {
        setLoadErrors(res.fieldErrors?.ref ?? [res.message]);
        return;
      }
      setLoadErrors(undefined);
      setLoadedRef(res.data.ref);
      const next = caseToForm(res.data.case, form);
      setForm(next);
      setJsonText(JSON.stringify(res.data.case, null, 2));
      run({ case: res.data.case }, false);
    });

  const summary = Object.entries(errors).flatMap(([path, list]) =>
    list.map((m) => `${path}: ${m}`),
  );
  return (
    <div className="grid grid-cols-1 gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <div className="min-w-0 space-y-4">
        <LoadRequestForm
          onLoad={load}
          pending={pending}
          errors={loadErrors}
          loadedRef={loadedRef}
        />
        <form
          className="space-y-4"
          aria-label="Policy case"
          onSubmit={(e) => {
            e.preventDefault();
            evaluateForm();
          }}
        >
          <RequestSection form={form} errors={errors} onChange={changeForm} />
          <AccountSection form={form} errors={errors} onChange={changeForm} />
          <OrderSection form={form} errors={errors} onChange={changeForm} />
          <CalendarOverrideSection
            form={form}
            errors={errors}
            timeZones={timeZones}
            onChange={changeForm}
          />
          <div className="sticky bottom-0 flex items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
            <button type="submit" className="btn btn-primary" disabled={pending}>
              Evaluate
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => changeForm(defaultForm(new Date().toISOString()))}
            >
              Reset
            </button>
            {pending && (
              <span className="text-sm text-slate-500" role="status">
                Evaluating…
              </span>
            )}
          </div>
        </form>
        <JsonEditor
          text={jsonText}
          onChange={setJsonText}
          onEvaluate={() => run({ json: jsonText }, true)}
          pending={pending}
          errors={errors.json}
        />
      </div>
      <div className="min-w-0 space-y-4">
        {message && (
          <div
            role="alert"
            className="card border-red-200 bg-red-50 text-sm text-red-800"
            data-testid="sim-errors"
          >
            <p className="font-semibold">{message}</p>
            {summary.length > 0 && (
              <ul className="mt-1 list-disc pl-5 font-mono text-xs">
                {summary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {evaluated ? (
          <ResultPanel
            result={evaluated.result}
            now={evaluated.now}
            savedCalendarUsed={evaluated.savedCalendarUsed}
          />
        ) : (
          <section className="card text-sm text-slate-500">
            Fill in the case and press Evaluate; the outcome, every clause considered and the
            deadlines appear here.
          </section>
        )}
      </div>
    </div>
  );
}
