/** Every browser request must carry it; a cross-site form or image cannot set a header. */
export const csrfHeader = "x-meetstream-csrf";
