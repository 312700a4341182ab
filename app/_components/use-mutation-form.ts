"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

/** The part of a tRPC error a form reads: the input fields the server refused (see errorFormatter). */
export type FieldsError = { data?: { fields?: string[] } | null };

type Mutation<TInput, TError> = {
  mutate(input: TInput, options?: { onError?: (error: TError) => void }): void;
  isPending: boolean;
};

type Options<TValues extends FieldValues, S extends z.ZodType, TError extends FieldsError> = {
  /** Element ids are `${id}-${field}`, with `-hint` and `-error` after them. */
  id: string;
  /** The procedure's own input contract from its `*.schemas.ts`: the browser refuses what the server would. */
  schema: S;
  /** Every field of the form; the server's field errors are shown only for these names. */
  defaultValues: DefaultValues<TValues>;
  /** From what the fields hold (strings, mostly) to the procedure's input, with the ids the page knows. */
  toInput: (values: TValues) => z.input<S>;
  mutation: Mutation<z.input<S>, TError>;
  /** Fields with a hint paragraph (`${id}-${field}-hint`), which their aria-describedby names. */
  hints?: readonly Path<TValues>[];
  /** Last word before the round trip (e.g. a check of the chosen files); false stops the submit. */
  beforeMutate?: (input: z.input<S>) => boolean | Promise<boolean>;
};

/**
 * A form over one tRPC mutation: checked in the browser against the procedure's zod schema, and
 * the server's field errors (`error.data.fields`) put on the same fields, the first one focused.
 */
export function useMutationForm<TValues extends FieldValues, S extends z.ZodType, TError extends FieldsError>(
  options: Options<TValues, S, TError>,
) {
  const { id, schema, defaultValues, toInput, mutation, hints = [], beforeMutate } = options;
  // raw: the wire gets the input as mapped (the server parses it again), not zod's output.
  const check = zodResolver(schema as never, undefined, { raw: true }) as unknown as Resolver<FieldValues>;
  const resolver: Resolver<TValues> = async (values, context, opts) => {
    const { errors } = await check(toInput(values) as FieldValues, context, opts as never);
    return Object.keys(errors).length > 0 ? { values: {}, errors: errors as never } : { values, errors: {} };
  };
  const form = useForm<TValues>({ defaultValues, resolver });
  const names = Object.keys(defaultValues) as Path<TValues>[];

  const send = async (values: TValues) => {
    const input = toInput(values);
    if (beforeMutate && !(await beforeMutate(input))) return;
    mutation.mutate(input, {
      onError: (error) => {
        const refused = names.filter((n) => error.data?.fields?.includes(n));
        refused.forEach((name, i) => form.setError(name, { type: "server" }, { shouldFocus: i === 0 }));
      },
    });
  };
  const invalid = (name: Path<TValues>) => Boolean(form.formState.errors[name]);
  const errorId = (name: Path<TValues>) => `${id}-${name}-error`;

  return {
    form,
    pending: mutation.isPending,
    invalid,
    errorId,
    onSubmit: form.handleSubmit(send),
    /** For fields that live outside this form's element (a confirmation dialog's own form). */
    submitValues: (values: TValues) => {
      names.forEach((name) => form.setValue(name, values[name]));
      return form.handleSubmit(send)();
    },
    /** id, name, ref and the aria attributes that tie the field to its hint and its error. */
    field: (name: Path<TValues>) => ({
      id: `${id}-${name}`,
      ...form.register(name),
      "aria-invalid": invalid(name) || undefined,
      "aria-describedby":
        [hints.includes(name) ? `${id}-${name}-hint` : null, invalid(name) ? errorId(name) : null].filter(Boolean).join(" ") || undefined,
    }),
  };
}
