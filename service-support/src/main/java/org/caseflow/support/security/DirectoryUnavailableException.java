package org.caseflow.support.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The user directory could not be asked, so nobody can be signed in just now. */
public class DirectoryUnavailableException extends AuthenticationServiceException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
