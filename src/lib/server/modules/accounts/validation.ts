import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './auth';

// Built per request so that messages come in the request's language.

const email = () =>
	z
		.string()
		.trim()
		.min(1, m.field_required())
		.max(254, m.field_too_long({ max: 254 }))
		.pipe(z.email(m.field_email_invalid()))
		.transform((value) => value.toLowerCase());

const password = () =>
	z
		.string()
		.min(1, m.field_required())
		.min(MIN_PASSWORD_LENGTH, m.field_password_too_short({ min: MIN_PASSWORD_LENGTH }))
		.max(MAX_PASSWORD_LENGTH, m.field_password_too_long({ max: MAX_PASSWORD_LENGTH }));

const requiredText = (max: number) => z.string().trim().min(1, m.field_required()).max(max, m.field_too_long({ max }));

const confirmed = <Shape extends { passwordConfirm: z.ZodString }>(schema: z.ZodObject<Shape>, field: 'password' | 'newPassword') =>
	schema.refine((value) => (value as Record<string, unknown>)[field] === (value as Record<string, unknown>).passwordConfirm, {
		path: ['passwordConfirm'],
		message: m.field_password_mismatch()
	});

export const signUpSchema = () =>
	confirmed(z.object({ name: requiredText(120), email: email(), password: password(), passwordConfirm: z.string() }), 'password');

export const signInSchema = () => z.object({ email: email(), password: z.string().min(1, m.field_required()).max(MAX_PASSWORD_LENGTH) });

export const forgotPasswordSchema = () => z.object({ email: email() });

export const resetPasswordSchema = () =>
	confirmed(z.object({ token: z.string().min(1).max(200), newPassword: password(), passwordConfirm: z.string() }), 'newPassword');

export const changePasswordSchema = () =>
	confirmed(
		z.object({ currentPassword: z.string().min(1, m.field_required()).max(MAX_PASSWORD_LENGTH), newPassword: password(), passwordConfirm: z.string() }),
		'newPassword'
	);

export const changeEmailSchema = () => z.object({ newEmail: email() });
