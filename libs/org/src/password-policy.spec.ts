import { PASSWORD_MAX_LENGTH, passwordProblems } from './password-policy.js';

const context = { minLength: 12, username: 'mml.jperez', fullName: 'Juana Pérez del Águila' };

describe('password policy', () => {
  it('accepts a long passphrase unrelated to the account', () => {
    expect(passwordProblems('río hablador bajo tres puentes', context)).toEqual([]);
    expect(passwordProblems('Tq7#vL2!pX9m', context)).toEqual([]);
  });

  it('refuses a short password, saying the minimum and the length', () => {
    expect(passwordProblems('x7#Lq2', context)).toContain(
      'debe tener al menos 12 caracteres (tiene 6)',
    );
    expect(passwordProblems('x7#Lq2pvT9!a', { ...context, minLength: 16 })).toEqual([
      'debe tener al menos 16 caracteres (tiene 12)',
    ]);
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblems('ñandú-ácido-é', context)).toEqual([]);
  });

  it('refuses a password longer than the login form accepts', () => {
    expect(passwordProblems('a1b2c3d4e5'.repeat(21), context)).toEqual([
      `debe tener como máximo ${PASSWORD_MAX_LENGTH} caracteres`,
    ]);
  });

  it('refuses the user name, whole or its personal part, in any case', () => {
    expect(passwordProblems('MML.JPerez-2026-x', context)).toContain(
      'no debe contener el nombre de usuario',
    );
    expect(passwordProblems('clave-jperez-segura', context)).toContain(
      'no debe contener el nombre de usuario',
    );
  });

  it('refuses name parts, accents ignored; particles are not name parts', () => {
    expect(passwordProblems('aguila-volando-alto', context)).toEqual([
      'no debe contener su nombre ni sus apellidos',
    ]);
    expect(passwordProblems('la casa del modelo azul', context)).toEqual([]);
  });

  it('refuses common and breached passwords, also with digits or symbols added at the ends', () => {
    expect(passwordProblems('qwerty123456', context)).toContain(
      'es una contraseña común o expuesta en filtraciones conocidas',
    );
    expect(passwordProblems('sonyericsson', context)).toContain(
      'es una contraseña común o expuesta en filtraciones conocidas',
    );
    expect(passwordProblems('Password2026!', context)).toEqual([
      'es una contraseña común con números o símbolos añadidos',
    ]);
    expect(passwordProblems('Despacho2026!', context)).toEqual([
      'es una contraseña común con números o símbolos añadidos',
    ]);
  });

  it('refuses monotonous passwords', () => {
    const monotonous = 'es demasiado previsible: repite pocos caracteres o sigue una secuencia';
    expect(passwordProblems('aaaaaaaaaaaaaa', context)).toContain(monotonous);
    expect(passwordProblems('abababababab', context)).toContain(monotonous);
    expect(passwordProblems('890123456789', context)).toContain(monotonous);
    expect(passwordProblems('zyxwvutsrqpo', context)).toContain(monotonous);
  });

  it('lists every failed rule and never repeats the password', () => {
    const problems = passwordProblems('jperez1', context);
    expect(problems).toEqual([
      'debe tener al menos 12 caracteres (tiene 7)',
      'no debe contener el nombre de usuario',
      'no debe contener su nombre ni sus apellidos',
    ]);
    expect(problems.join(' ')).not.toContain('jperez1');
  });
});
