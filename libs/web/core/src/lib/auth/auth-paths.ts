/** Route of the login page ("masuk" = sign in). */
export const LOGIN_PATH = 'masuk';

/** Where a signed-in person lands ("beranda" = home). */
export const HOME_PATH = 'beranda';

/** Query parameter telling the login page why the person was sent there. */
export const SESSION_EXPIRED_PARAM = 'sesi';
export const SESSION_EXPIRED_VALUE = 'berakhir';
