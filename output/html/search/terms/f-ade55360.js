teSearchFile("terms/f-ade55360",[["~org:te-communist-party-of-the-soviet-union",[1,1,2],[]]]);
